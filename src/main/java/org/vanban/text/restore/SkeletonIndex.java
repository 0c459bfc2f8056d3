package org.vanban.text.restore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vanban.text.lm.LmText;
import org.vanban.text.lm.NgramModel;

/**
 * Every vocabulary word grouped by its skeleton, most frequent first: the words a diacritic-free token
 * can stand for ("tho" → thơ, thổ, thọ, thở...). Built from the model's vocabulary at load time.
 */
final class SkeletonIndex {
    private static final int[] NONE = new int[0];

    private final Map<String, int[]> bySkeleton;

    SkeletonIndex(NgramModel lm) {
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int id = NgramModel.NUM + 1; id < lm.vocabularySize(); id++) {
            String w = lm.word(id);
            if (isWord(w)) {
                groups.computeIfAbsent(Skeleton.of(w), k -> new ArrayList<>(4)).add(id);
            }
        }
        bySkeleton = new HashMap<>(groups.size() * 2);
        for (Map.Entry<String, List<Integer>> e : groups.entrySet()) {
            List<Integer> ids = e.getValue();
            ids.sort(Comparator.comparingDouble((Integer id) -> -lm.unigram(id)));
            bySkeleton.put(e.getKey(), ids.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private static boolean isWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!LmText.isWordChar(w.charAt(i))) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /** The ids of the words with this skeleton, most frequent first; never null. */
    int[] words(String skeleton) {
        int[] ids = bySkeleton.get(skeleton);
        return ids == null ? NONE : ids;
    }
}
