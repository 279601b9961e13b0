package matrix;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collections and maps as a tool returns them.
 *
 * @param statuses enums in a list
 * @param nestedMap a map of lists of records
 */
public record CollectionsResult(
    List<Status> statuses,
    Set<Integer> set,
    Map<String, Long> map,
    Map<String, List<Address>> nestedMap,
    List<List<String>> nested,
    int[] ints,
    Address[] addresses) {

  /** How many statuses there are: a getter, which Jackson writes too. */
  public int getStatusCount() {
    return statuses.size();
  }

  /** Not a getter: Jackson leaves it out. */
  public boolean hasStatuses() {
    return !statuses.isEmpty();
  }
}
