package single;

import io.toolwright.annotation.Context;
import io.toolwright.annotation.Effect;
import io.toolwright.annotation.Tool;
import java.util.List;

/** A class of one instance tool: its Invoker converts the arguments in its own prepare. */
public class Forecasts {

  /**
   * Tomorrow's forecast for a city.
   *
   * @param city the city, as the user named it
   * @param days how many days ahead, from today
   * @param customer the signed-in customer
   */
  @Tool(effect = Effect.READ_ONLY)
  public Forecast forecast(String city, List<String> days, @Context("customer") String customer) {
    return new Forecast(city, 21);
  }
}
