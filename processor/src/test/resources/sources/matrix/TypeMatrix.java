package matrix;

import io.toolwright.annotation.Effect;
import io.toolwright.annotation.Enum;
import io.toolwright.annotation.Tool;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every type the processor maps, one tool per family; each tool echoes what it received. */
public class TypeMatrix {

  /**
   * Takes every scalar type.
   *
   * @param flag a primitive boolean
   * @param text any text
   */
  @Tool(effect = Effect.READ_ONLY)
  public String scalars(
      boolean flag,
      Boolean boxedFlag,
      byte smallest,
      Byte boxedByte,
      short small,
      Short boxedShort,
      int number,
      Integer boxedInt,
      long big,
      Long boxedLong,
      float ratio,
      Float boxedFloat,
      double precise,
      Double boxedDouble,
      char letter,
      Character boxedChar,
      String text,
      BigDecimal decimal,
      BigInteger integer,
      UUID id,
      URI link) {
    return List.of(
            flag, boxedFlag, smallest, boxedByte, small, boxedShort, number, boxedInt, big,
            boxedLong, ratio, boxedFloat, precise, boxedDouble, letter, boxedChar, text, decimal,
            integer, id, link)
        .toString();
  }

  /** Takes every java.time type. */
  @Tool(effect = Effect.READ_ONLY)
  public String times(
      Instant instant,
      OffsetDateTime offsetDateTime,
      ZonedDateTime zonedDateTime,
      LocalDate date,
      LocalDateTime localDateTime,
      LocalTime localTime,
      OffsetTime offsetTime,
      Duration duration,
      Period period,
      Year year,
      YearMonth yearMonth) {
    return List.of(
            instant, offsetDateTime, zonedDateTime, date, localDateTime, localTime, offsetTime,
            duration, period, year, yearMonth)
        .toString();
  }

  /**
   * Java enums and {@code @Enum} strings.
   *
   * @param status the status to look for
   * @param priority how urgent it is
   */
  @Tool(effect = Effect.READ_ONLY)
  public String enums(
      Status status,
      Status undocumented,
      @Enum({"low", "high"}) String priority,
      Optional<Status> maybeStatus,
      @Enum({"a", "b"}) Optional<String> maybeLetter,
      List<Status> statuses) {
    return List.of(status, undocumented, priority, maybeStatus, maybeLetter, statuses).toString();
  }

  /**
   * Values the model may leave out.
   *
   * @param nullableText a type-use {@code @Nullable}
   * @param declaredNullable a declaration {@code @Nullable}
   */
  @Tool(effect = Effect.READ_ONLY)
  public String optionals(
      Optional<String> maybeText,
      @Nullable String nullableText,
      @matrix.other.Nullable String declaredNullable,
      @Nullable Integer nullableNumber,
      Optional<Address> maybeAddress,
      @Nullable Address nullableAddress,
      Optional<List<String>> maybeList) {
    return Arrays.asList(
            maybeText, nullableText, declaredNullable, nullableNumber, maybeAddress,
            nullableAddress, maybeList)
        .toString();
  }

  /** Arrays, collections and maps. */
  @Tool(effect = Effect.READ_ONLY)
  public String collections(
      String[] array,
      int[] ints,
      long[] longs,
      double[] doubles,
      boolean[] booleans,
      List<String> list,
      Set<Integer> set,
      Collection<UUID> collection,
      Map<String, Long> map,
      Map<String, List<Address>> nestedMap,
      List<List<String>> nested,
      Address[] addresses,
      Status[] statuses,
      String... rest) {
    return List.of(
            Arrays.toString(array), Arrays.toString(ints), Arrays.toString(longs),
            Arrays.toString(doubles), Arrays.toString(booleans), list, set, collection, map,
            nestedMap, nested, Arrays.toString(addresses), Arrays.toString(statuses),
            Arrays.toString(rest))
        .toString();
  }

  /**
   * Records, beans, generic and recursive types.
   *
   * @param address where to send it
   * @param otherAddress a second type with the same simple name
   */
  @Tool(effect = Effect.READ_ONLY)
  public String objects(
      Address address,
      matrix.other.Address otherAddress,
      Customer customer,
      Page<Address> addressPage,
      Page<Customer> customerPage,
      Pair<String, Status> pair,
      TreeNode tree) {
    return List.of(address, otherAddress, customer, addressPage, customerPage, pair, tree)
        .toString();
  }

  /** Javadoc that the annotation overrides. */
  @Tool(
      name = "overridden-name",
      description = "Description from the annotation.",
      effect = Effect.WRITE,
      idempotent = true)
  public String described() {
    return "described";
  }

  /**
   * Deletes <b>everything</b>: see {@link TypeMatrix#described()} and {@code List<String>}.
   *
   * <p>Second paragraph &amp; more.
   *
   * @return nothing useful
   */
  @Tool(effect = Effect.DESTRUCTIVE)
  public void deleteEverything() {}

  /** Scalars and java.time values as a record result, echoing what it received. */
  @Tool(effect = Effect.READ_ONLY)
  public TimesResult timesResult(
      Instant instant,
      OffsetDateTime offsetDateTime,
      ZonedDateTime zonedDateTime,
      LocalDate date,
      LocalDateTime localDateTime,
      LocalTime localTime,
      OffsetTime offsetTime,
      Duration duration,
      Period period,
      Year year,
      YearMonth yearMonth,
      char letter,
      UUID id,
      URI link,
      BigDecimal decimal,
      double precise,
      long big) {
    return new TimesResult(
        instant, offsetDateTime, zonedDateTime, date, localDateTime, localTime, offsetTime,
        duration, period, year, yearMonth, letter, id, link, decimal, precise, big);
  }

  /** Optional and nullable values as a record result, echoing what it received. */
  @Tool(effect = Effect.READ_ONLY)
  public OptionalsResult optionalsResult(
      Optional<String> maybeText,
      @Nullable String nullableText,
      @matrix.other.Nullable String declaredNullable,
      @Nullable Integer nullableNumber,
      Optional<Address> maybeAddress,
      @Nullable Address nullableAddress,
      Optional<List<String>> maybeList,
      Optional<Status> maybeStatus) {
    return new OptionalsResult(
        maybeText, nullableText, declaredNullable, nullableNumber, maybeAddress, nullableAddress,
        maybeList, maybeStatus);
  }

  /** Collections and maps as a record result, echoing what it received. */
  @Tool(effect = Effect.READ_ONLY)
  public CollectionsResult collectionsResult(
      List<Status> statuses,
      Set<Integer> set,
      Map<String, Long> map,
      Map<String, List<Address>> nestedMap,
      List<List<String>> nested,
      int[] ints,
      Address[] addresses) {
    return new CollectionsResult(statuses, set, map, nestedMap, nested, ints, addresses);
  }

  /** A bean, generic and recursive records as a record result, echoing what it received. */
  @Tool(effect = Effect.READ_ONLY)
  public ObjectsResult objectsResult(
      Customer customer, Page<TreeNode> page, Pair<String, Status> pair, matrix.other.Address other) {
    return new ObjectsResult(customer, page, pair, other);
  }

  /**
   * A map as the result: the addresses by street.
   *
   * @param addresses the addresses to index
   */
  @Tool(effect = Effect.READ_ONLY)
  public Map<String, Address> addressesByStreet(List<Address> addresses) {
    return addresses.stream()
        .collect(Collectors.toMap(Address::street, Function.identity(), (a, b) -> b));
  }

  /**
   * A list result, which has no output schema: MCP wants an object there.
   *
   * @param count how many
   */
  @Tool(effect = Effect.READ_ONLY)
  public List<Status> statusList(int count) {
    return List.of(Status.OPEN);
  }
}
