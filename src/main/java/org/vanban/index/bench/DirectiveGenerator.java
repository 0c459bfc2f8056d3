package org.vanban.index.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.extract.DirectiveNumber;
import org.vanban.extract.NumberParser;

/**
 * Makes any number of plausible directives by recombining the parts of sample directives: the
 * header of one (its number renumbered, its date redrawn), then part of its body and a run of
 * paragraphs from another. Deterministic for a seed, so benchmark runs are comparable. Generated
 * document {@code i} carries the number {@link #number(int)}, unique across the set.
 */
public final class DirectiveGenerator {
    /** Lines of a sample taken as its header: national motto, number, date line, type and title. */
    private static final int HEADER_LINES = 10;
    private static final Pattern DATE_LINE = Pattern.compile("ngày\\s+\\S+\\s+tháng\\s+\\S+\\s+năm\\s+\\d{4}");

    private final List<Sample> samples = new ArrayList<>();
    private final long seed;

    private record Sample(List<String> header, List<String> body, DirectiveNumber number, int numberLine) {}

    public DirectiveGenerator(List<String> sampleTexts, long seed) {
        if (sampleTexts.isEmpty()) {
            throw new IllegalArgumentException("no sample directives to recombine");
        }
        this.seed = seed;
        for (String text : sampleTexts) {
            List<String> lines = text.lines().toList();
            int split = Math.min(HEADER_LINES, lines.size() / 2);
            DirectiveNumber number = null;
            int numberLine = -1;
            for (int l = 0; l < split && number == null; l++) {
                List<DirectiveNumber> found = NumberParser.find(lines.get(l), 0, lines.get(l).length());
                if (!found.isEmpty() && found.get(0).docNumber() != null) {
                    number = found.get(0);
                    numberLine = l;
                }
            }
            if (number != null) {
                samples.add(new Sample(lines.subList(0, split), lines.subList(split, lines.size()), number, numberLine));
            }
        }
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no sample directive has a number to renumber");
        }
    }

    /** The number of generated document {@code i}: the template's symbol with a number no sample uses. */
    public String number(int i) {
        Sample s = samples.get(i % samples.size());
        return renumbered(s, i);
    }

    private String renumbered(Sample s, int i) {
        String canonical = s.number().canonical();
        return (10_000 + i) + canonical.substring(String.valueOf(s.number().docNumber()).length());
    }

    /** The text of generated document {@code i}. */
    public String text(int i) {
        return make(i, false);
    }

    /**
     * A distractor for relevance runs: like {@link #text(int)}, but the syllables of every title and
     * body line are shuffled within the line. It keeps the samples' vocabulary (so term statistics
     * stay realistic and every query word occurs in many documents) without copying their phrases,
     * so the document a query was written for is still the one that really says it.
     */
    public String distractor(int i) {
        return make(i, true);
    }

    private String make(int i, boolean scramble) {
        Random r = new Random(seed * 1_000_003L + i);
        Sample s = samples.get(i % samples.size());
        Sample donor = samples.get(r.nextInt(samples.size()));
        StringBuilder out = new StringBuilder(8192);
        for (int l = 0; l < s.header().size(); l++) {
            String line = s.header().get(l);
            if (l == s.numberLine()) {
                line = "Số: " + renumbered(s, i);
            } else if (scramble && !line.equals(line.toUpperCase(java.util.Locale.ROOT)) && !DATE_LINE.matcher(line).find()) {
                line = shuffle(line, r);
            }
            Matcher date = DATE_LINE.matcher(line);
            if (date.find()) {
                line = line.substring(0, date.start()) + "ngày %02d tháng %02d năm %d".formatted(
                        1 + r.nextInt(28), 1 + r.nextInt(12), 2015 + r.nextInt(11)) + line.substring(date.end());
            }
            out.append(line).append('\n');
        }
        appendRun(out, s.body(), r, 0.6, scramble);
        appendRun(out, donor.body(), r, 0.4, scramble);
        return out.toString();
    }

    private static String shuffle(String line, Random r) {
        List<String> words = new ArrayList<>(List.of(line.strip().split("\\s+")));
        java.util.Collections.shuffle(words, r);
        return String.join(" ", words);
    }

    /** A contiguous run of about {@code share} of the lines, starting at a random line. */
    private static void appendRun(StringBuilder out, List<String> body, Random r, double share, boolean scramble) {
        if (body.isEmpty()) {
            return;
        }
        int length = Math.max(1, (int) (body.size() * share));
        int start = r.nextInt(Math.max(1, body.size() - length + 1));
        for (int l = start; l < Math.min(body.size(), start + length); l++) {
            out.append(scramble ? shuffle(body.get(l), r) : body.get(l)).append('\n');
        }
    }
}
