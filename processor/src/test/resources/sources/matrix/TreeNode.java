package matrix;

import java.util.List;

/**
 * A node of a tree.
 *
 * @param label the node's text
 * @param children the nodes below this one
 */
public record TreeNode(String label, List<TreeNode> children) {}
