package matrix;

/**
 * Records, beans, generic and recursive types as a tool returns them.
 *
 * @param customer a bean, written by its getters
 * @param page a generic record holding a recursive one
 */
public record ObjectsResult(
    Customer customer, Page<TreeNode> page, Pair<String, Status> pair, matrix.other.Address other) {}
