package org.akuttsim.chain;

/** Input validation with messages that name the field, the value and what was expected. */
final class Check {
    private Check() {
    }

    static double nonNegative(String what, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number >= 0, was " + v);
        }
        return v;
    }

    static double positive(String what, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number > 0, was " + v);
        }
        return v;
    }

    static double probability(String what, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must be a probability in [0, 1], was " + v);
        }
        return v;
    }

    static int index(String what, int v, int size) {
        if (v < 0 || v >= size) {
            throw new IllegalArgumentException(what + " must be an index in [0, " + size + "), was " + v);
        }
        return v;
    }

    static double[] length(String what, double[] a, int n) {
        if (a == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        if (a.length != n) {
            throw new IllegalArgumentException(what + " must have " + n + " entries, had " + a.length);
        }
        return a.clone();
    }

    /** A probability vector: n entries in [0,1] summing to 1 within 1e-6. Returns a copy. */
    static double[] distribution(String what, double[] a, int n) {
        double[] c = length(what, a, n);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            probability(what + "[" + i + "]", c[i]);
            sum += c[i];
        }
        if (Math.abs(sum - 1.0) > 1e-6) {
            throw new IllegalArgumentException(what + " must sum to 1, summed to " + sum);
        }
        return c;
    }

    static double[][] distributions(String what, double[][] a, int rows, int cols) {
        if (a == null || a.length != rows) {
            throw new IllegalArgumentException(what + " must have " + rows + " rows, had " + (a == null ? "null" : a.length));
        }
        double[][] c = new double[rows][];
        for (int r = 0; r < rows; r++) {
            c[r] = distribution(what + "[" + r + "]", a[r], cols);
        }
        return c;
    }

    static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    static <T> T notNull(String what, T v) {
        if (v == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return v;
    }
}
