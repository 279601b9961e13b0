package matrix;

import java.util.List;
import java.util.Optional;

/**
 * Values a tool may leave empty in its result.
 *
 * @param maybeText an Optional component
 * @param nullableText a type-use {@code @Nullable} component
 * @param maybeAddress a record that may be absent
 */
public record OptionalsResult(
    Optional<String> maybeText,
    @Nullable String nullableText,
    @matrix.other.Nullable String declaredNullable,
    @Nullable Integer nullableNumber,
    Optional<Address> maybeAddress,
    @Nullable Address nullableAddress,
    Optional<List<String>> maybeList,
    Optional<Status> maybeStatus) {}
