package io.toolwright.sample.providers;

import io.toolwright.sample.SampleData;
import io.toolwright.sample.mcp.ProviderChoice;
import io.toolwright.sample.mcp.ProviderConversation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;

/**
 * What {@code --provider} does, run in the test's JVM: the sample's {@link ProviderConversation}
 * (found as the app finds it, through the service loader) for the signed-in customer ANA, and what
 * it printed.
 */
record ProviderRun(int exitCode, String printed) {

  static ProviderRun of(ProviderChoice choice, String apiKey) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        ServiceLoader.load(ProviderConversation.class)
            .findFirst()
            .orElseThrow()
            .run(choice, apiKey, SampleData.ANA, new PrintStream(out, true, StandardCharsets.UTF_8));
    return new ProviderRun(code, out.toString(StandardCharsets.UTF_8));
  }
}
