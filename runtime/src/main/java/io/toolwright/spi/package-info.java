/**
 * Service-provider interfaces: what an application plugs into a {@link io.toolwright.ToolRegistry}
 * to change how calls are executed and answered, such as {@link
 * io.toolwright.spi.ResultSerializer}, {@link io.toolwright.spi.ExecutionListener}, {@link
 * io.toolwright.spi.ExecutionClock} and {@link io.toolwright.spi.Fallback}. Policies still to come
 * (approvals, permissions, idempotency stores) will be added here. Types here are implemented by applications and called by
 * the runtime; they are as stable as the API in {@code io.toolwright} (see docs/api.md).
 */
package io.toolwright.spi;
