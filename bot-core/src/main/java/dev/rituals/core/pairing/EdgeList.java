package dev.rituals.core.pairing;

import java.util.Arrays;

/** A growable list of weighted undirected edges between int vertices, without boxing. */
final class EdgeList {
  private int[] from = new int[64];
  private int[] to = new int[64];
  private long[] weight = new long[64];
  private int size;

  void add(int u, int v, long w) {
    if (size == from.length) {
      from = Arrays.copyOf(from, size * 2);
      to = Arrays.copyOf(to, size * 2);
      weight = Arrays.copyOf(weight, size * 2);
    }
    from[size] = u;
    to[size] = v;
    weight[size] = w;
    size++;
  }

  int size() {
    return size;
  }

  int from(int e) {
    return from[e];
  }

  int to(int e) {
    return to[e];
  }

  long weight(int e) {
    return weight[e];
  }
}
