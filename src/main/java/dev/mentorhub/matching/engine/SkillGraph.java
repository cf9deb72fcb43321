package dev.mentorhub.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The skill taxonomy as parent links over dense ids 0..size-1 ({@code parent[i] = -1} for a root). Gives the credit
 * a taught skill earns towards a wanted one:
 * <ul>
 * <li>{@link #EXACT} 1.0: the same skill;</li>
 * <li>{@link #PARENT_OR_CHILD} 0.5: one is the other's parent (a mentor teaching "deep learning" helps with
 * "PyTorch" and the other way round, but only half as surely);</li>
 * <li>{@link #SIBLING} 0.25: same parent ("PyTorch" for "TensorFlow"); roots are not siblings of each other, because
 * the top-level areas have nothing in common;</li>
 * <li>0 otherwise.</li>
 * </ul>
 * The relation is symmetric.
 */
public final class SkillGraph {

    public static final double EXACT = 1.0;
    public static final double PARENT_OR_CHILD = 0.5;
    public static final double SIBLING = 0.25;

    private final int[] parent;
    private final int[][] related;
    private final int[][] close;

    public SkillGraph(int[] parent) {
        this.parent = parent.clone();
        List<List<Integer>> children = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            children.add(new ArrayList<>());
        }
        for (int i = 0; i < parent.length; i++) {
            int p = parent[i];
            if (p < -1 || p >= parent.length || p == i) {
                throw new IllegalArgumentException("bad parent of skill " + i + ": " + p);
            }
            if (p >= 0) {
                children.get(p).add(i);
            }
        }
        related = new int[parent.length][];
        close = new int[parent.length][];
        for (int i = 0; i < parent.length; i++) {
            List<Integer> r = new ArrayList<>();
            r.add(i);
            r.addAll(children.get(i));
            if (parent[i] >= 0) {
                r.add(parent[i]);
            }
            close[i] = r.stream().mapToInt(Integer::intValue).toArray();
            if (parent[i] >= 0) {
                for (int sibling : children.get(parent[i])) {
                    if (sibling != i) {
                        r.add(sibling);
                    }
                }
            }
            related[i] = r.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    public int size() {
        return parent.length;
    }

    public int parentOf(int skill) {
        return parent[skill];
    }

    /** The credit a mentor teaching {@code taught} earns towards a wanted {@code wanted}. */
    public double relation(int taught, int wanted) {
        if (taught == wanted) {
            return EXACT;
        }
        if (parent[taught] == wanted || parent[wanted] == taught) {
            return PARENT_OR_CHILD;
        }
        if (parent[taught] >= 0 && parent[taught] == parent[wanted]) {
            return SIBLING;
        }
        return 0;
    }

    /** The skill itself, its children, its parent and its siblings: every skill with a non-zero relation. */
    int[] related(int skill) {
        return related[skill];
    }

    /** The skill itself, its children and its parent: every skill with a relation of at least 0.5. */
    int[] close(int skill) {
        return close[skill];
    }

    boolean contains(int skill) {
        return skill >= 0 && skill < parent.length;
    }

    @Override
    public String toString() {
        return "SkillGraph" + Arrays.toString(parent);
    }
}
