package io.toolwright.sample.mcp;

import java.util.List;
import java.util.Map;

/**
 * The real model API that {@code --provider} asks for, with the model ({@code --model}, else the
 * provider's default) and an optional base URL ({@code --base-url}, for a proxy or a local gateway;
 * the SDK's own default otherwise).
 */
public record ProviderChoice(Provider provider, String model, String baseUrl) {

  /** The providers the sample can talk to, their default models and the keys they read. */
  public enum Provider {
    OPENAI("openai", "gpt-4o", List.of("OPENAI_API_KEY")),
    ANTHROPIC("anthropic", "claude-sonnet-4-5", List.of("ANTHROPIC_API_KEY")),
    GEMINI("gemini", "gemini-2.5-flash", List.of("GEMINI_API_KEY", "GOOGLE_API_KEY"));

    private final String option;
    private final String defaultModel;
    private final List<String> keyVariables;

    Provider(String option, String defaultModel, List<String> keyVariables) {
      this.option = option;
      this.defaultModel = defaultModel;
      this.keyVariables = keyVariables;
    }

    /** The value of {@code --provider} that names it. */
    public String option() {
      return option;
    }

    public String defaultModel() {
      return defaultModel;
    }

    /** The environment variables holding its API key, in the order they are read. */
    public List<String> keyVariables() {
      return keyVariables;
    }

    static Provider named(String text) {
      for (Provider provider : values()) {
        if (provider.option.equals(text)) {
          return provider;
        }
      }
      throw new IllegalArgumentException(
          "unknown provider " + text + "; use --provider openai|anthropic|gemini");
    }
  }

  /** The model to ask: the one given, else the provider's default. */
  public String modelOrDefault() {
    return model != null ? model : provider.defaultModel();
  }

  /**
   * The API key from the environment.
   *
   * @throws IllegalStateException with the one-line message to print when no key is set
   */
  public String apiKey(Map<String, String> environment) {
    for (String variable : provider.keyVariables()) {
      String key = environment.get(variable);
      if (key != null && !key.isBlank()) {
        return key;
      }
    }
    throw new IllegalStateException(
        "--provider " + provider.option() + " needs " + String.join(" or ", provider.keyVariables())
            + " in the environment; without --provider the desk runs offline");
  }
}
