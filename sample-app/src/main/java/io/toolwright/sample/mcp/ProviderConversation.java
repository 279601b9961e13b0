package io.toolwright.sample.mcp;

import io.toolwright.sample.CustomerId;
import java.io.PrintStream;

/**
 * Runs the support-desk conversation against a real model API. Implemented by the
 * {@code toolwright-sample-providers} module (found with {@link java.util.ServiceLoader}), which
 * holds the provider SDKs: the integration modules' tests depend on this module, so this module
 * cannot depend on them without a cycle in the build.
 */
public interface ProviderConversation {

  /**
   * Plays the conversation, printing it to {@code out}.
   *
   * @return the process exit code
   */
  int run(ProviderChoice choice, String apiKey, CustomerId customer, PrintStream out);
}
