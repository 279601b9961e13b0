package single;

/**
 * A forecast.
 *
 * @param city where
 * @param high the highest temperature, in degrees Celsius
 */
public record Forecast(String city, int high) {}
