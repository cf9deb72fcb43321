package dev.mentorhub.matching.engine;

import java.util.Arrays;

/** A growable list of ints without boxing: one skill's posting list. */
final class IntList {

    private int[] values = new int[4];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** Removes one occurrence; order is not kept (postings are unordered). */
    void remove(int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                values[i] = values[--size];
                return;
            }
        }
    }

    int size() {
        return size;
    }

    int get(int i) {
        return values[i];
    }

    void trim() {
        values = Arrays.copyOf(values, Math.max(size, 1));
    }
}
