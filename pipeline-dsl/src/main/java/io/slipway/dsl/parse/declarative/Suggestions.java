package io.slipway.dsl.parse.declarative;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean" for words a person typed: the nearest known word by optimal-string-alignment
 * (Damerau-Levenshtein with adjacent transpositions) distance, when it is close enough to be a typo:
 * at most 1 edit for words up to 4 letters, at most 2 for longer ones. Case differences cost nothing extra
 * beyond one edit per letter, so {@code Steps} suggests {@code steps}.
 */
public final class Suggestions {

    private Suggestions() {
    }

    public static Optional<String> nearest(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(word.toLowerCase(), candidate.toLowerCase());
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && isTypo(word, bestDistance) ? Optional.of(best) : Optional.empty();
    }

    /** True when {@code word} is within typo distance of a known word (but is not one). */
    public static boolean isTypoOfKnown(String word, Collection<String> known) {
        return !known.contains(word) && nearest(word, known).isPresent();
    }

    private static boolean isTypo(String word, int distance) {
        int allowed = word.length() <= 4 ? 1 : 2;
        return distance <= allowed;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
