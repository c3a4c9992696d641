package org.songbungraph.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of one file read as edges between ids of one label, and the cycles among them. Ids are kept as their
 * {@link IdTable} entries, so an edge costs two ints and a line number: a million-person CHILD_OF (under 2 M
 * rows) needs some 30 MB while its file is read, and nothing after.
 */
final class Cycles {

    /**
     * One cycle: the entries of its ids in edge order, the first repeated at the end. It starts with the edge read
     * last, on {@code line}: the row that closed it.
     */
    record Cycle(long line, int[] entries) {}

    private int[] from = new int[1 << 10];
    private int[] to = new int[1 << 10];
    private long[] lines = new long[1 << 10];
    private int size;

    void add(int fromEntry, int toEntry, long line) {
        if (size == from.length) {
            from = Arrays.copyOf(from, size * 2);
            to = Arrays.copyOf(to, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
        }
        from[size] = fromEntry;
        to[size] = toEntry;
        lines[size] = line;
        size++;
    }

    /**
     * A cycle for each edge that a depth-first walk finds leading back to an id still on its path: every loop is
     * reported at least once, and no cycle-free rows are.
     */
    List<Cycle> find() {
        // Entries are sparse offsets; number them densely by their place among the sorted distinct entries.
        int[] nodes = new int[size * 2];
        System.arraycopy(from, 0, nodes, 0, size);
        System.arraycopy(to, 0, nodes, size, size);
        Arrays.sort(nodes);
        int n = 0;
        for (int i = 0; i < nodes.length; i++) {
            if (i == 0 || nodes[i] != nodes[i - 1]) {
                nodes[n++] = nodes[i];
            }
        }
        nodes = Arrays.copyOf(nodes, n);
        int[] source = new int[size];
        int[] target = new int[size];
        int[] start = new int[n + 1];
        for (int e = 0; e < size; e++) {
            source[e] = Arrays.binarySearch(nodes, from[e]);
            target[e] = Arrays.binarySearch(nodes, to[e]);
            start[source[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        int[] out = new int[size];
        int[] fill = Arrays.copyOf(start, n);
        for (int e = 0; e < size; e++) {
            out[fill[source[e]]++] = e;
        }

        List<Cycle> cycles = new ArrayList<>();
        // Per node: its place on the walk's path (-1: not on it), the next of its edges to follow, and whether
        // the walk is done with it.
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        int[] next = Arrays.copyOf(start, n);
        boolean[] done = new boolean[n];
        int[] path = new int[n];
        int[] via = new int[n];
        for (int root = 0; root < n; root++) {
            if (done[root] || depth[root] >= 0) {
                continue;
            }
            int top = 0;
            path[0] = root;
            depth[root] = 0;
            while (top >= 0) {
                int v = path[top];
                if (next[v] == start[v + 1]) {
                    done[v] = true;
                    depth[v] = -1;
                    top--;
                    continue;
                }
                int e = out[next[v]++];
                int w = target[e];
                if (depth[w] >= 0) {
                    cycles.add(cycle(via, depth[w], top, e));
                } else if (!done[w]) {
                    top++;
                    path[top] = w;
                    via[top] = e;
                    depth[w] = top;
                }
            }
        }
        return cycles;
    }

    /** The cycle from the path's node at {@code first} to its last, closed by edge {@code back}. */
    private Cycle cycle(int[] via, int first, int last, int back) {
        int length = last - first + 1;
        int[] edges = new int[length];
        for (int i = 0; i < length - 1; i++) {
            edges[i] = via[first + 1 + i];
        }
        edges[length - 1] = back;
        int latest = 0;
        for (int i = 1; i < length; i++) {
            if (lines[edges[i]] > lines[edges[latest]]) {
                latest = i;
            }
        }
        int[] entries = new int[length + 1];
        for (int i = 0; i < length; i++) {
            entries[i] = from[edges[(latest + i) % length]];
        }
        entries[length] = entries[0];
        return new Cycle(lines[edges[latest]], entries);
    }
}
