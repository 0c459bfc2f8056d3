package org.vanban.text.restore;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.vanban.extract.Span;
import org.vanban.text.lm.LmText;
import org.vanban.text.lm.NgramModel;

/**
 * Restores diacritics and repairs OCR confusions in Vietnamese text. Each line is cut into tokens
 * ({@link LmText}); every word gets candidates from the channel models (its skeleton, confusion rules,
 * learned confusions); a beam search with the trigram model picks the best reading of the line.
 *
 * <p>What never changes: the number and order of lines, white space, punctuation, numbers. Case follows
 * the input ({@code Thuc → Thực}, {@code THUC → THỰC}). A word that is already a known word with the
 * same diacritics as the chosen reading keeps its own spelling (its tone placement, for instance).
 * Instances are immutable and thread-safe.
 */
public final class Restorer {
    /** The shipped model, a classpath resource. */
    public static final String MODEL_RESOURCE = "/org/vanban/text/lm/vi-syllables-3gram.bin";

    /** Accented Vietnamese has a Vietnamese-only letter in about half its words; legacy OCR in almost none. */
    private static final double PLAIN_BELOW = 0.15;
    /** Share of words with OCR damage from which diacritic-free text is taken for legacy OCR. */
    private static final double LEGACY_FROM = 0.02;
    /** Words of a continuing next line decoded with a line (see {@link #restoreLine}). */
    private static final int LOOKAHEAD = 2;
    /** Distinct words whose lattices are kept while restoring one text. */
    private static final int MAX_CACHED = 200_000;

    private final NgramModel lm;
    private final List<ChannelModel> channels;
    private final RestoreOptions options;
    private final BeamDecoder decoder;
    /**
     * Which vocabulary words are well-formed syllables, filled on demand: checking all 32,000 words at
     * load took 0.18 s, a fifth of the corrector's start-up cost.
     */
    private final KnownSyllables syllables;

    /**
     * A restorer with the standard channels: skeleton matches, the hand-written confusion rules, and the
     * learned confusions shipped with the build (if any).
     */
    public Restorer(NgramModel lm, RestoreOptions options) {
        this(lm, standardChannels(lm, LearnedConfusions.shipped()), options);
    }

    /** A restorer with the standard channels and the given learned confusions. */
    public Restorer(NgramModel lm, LearnedConfusions learned, RestoreOptions options) {
        this(lm, standardChannels(lm, learned), options);
    }

    public Restorer(NgramModel lm, List<ChannelModel> channels, RestoreOptions options) {
        this.lm = lm;
        this.channels = List.copyOf(channels);
        this.options = options;
        this.decoder = new BeamDecoder(lm, options.beamWidth());
        this.syllables = new KnownSyllables(lm);
    }

    private static List<ChannelModel> standardChannels(NgramModel lm, LearnedConfusions learned) {
        SkeletonIndex index = new SkeletonIndex(lm);
        List<RuleChannel.Rule> rules = new ArrayList<>(RuleChannel.HAND_WRITTEN);
        rules.addAll(learned.rules());
        return List.of(new SkeletonChannel(lm, index), new LearnedTokenChannel(lm, learned), new RuleChannel(index, rules),
                new EditChannel(index));
    }

    private static final class Shipped {
        static final Restorer INSTANCE = new Restorer(loadShippedModel(), RestoreOptions.DEFAULT);
    }

    /** The restorer with the shipped model and default options, loaded once per process. */
    public static Restorer standard() {
        return Shipped.INSTANCE;
    }

    /** Reads the model shipped in the jar. */
    public static NgramModel loadShippedModel() {
        try (InputStream in = Restorer.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the language model " + MODEL_RESOURCE + " is missing from the build");
            }
            return NgramModel.read(new BufferedInputStream(in, 1 << 20));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language model: " + e.getMessage(), e);
        }
    }

    public NgramModel model() {
        return lm;
    }

    public RestoreOptions options() {
        return options;
    }

    /** A copy with other options (same model and channels). */
    public Restorer with(RestoreOptions other) {
        return new Restorer(lm, channels, other, syllables);
    }

    private Restorer(NgramModel lm, List<ChannelModel> channels, RestoreOptions options, KnownSyllables syllables) {
        this.lm = lm;
        this.channels = List.copyOf(channels);
        this.options = options;
        this.decoder = new BeamDecoder(lm, options.beamWidth());
        this.syllables = syllables;
    }

    /** The restored text. */
    public String restore(String text) {
        return run(text, false).text();
    }

    /** The restored text with every decision, its alternatives and their probabilities. */
    public RestoredText analyse(String text) {
        return run(text, true);
    }

    /**
     * The profile AUTO resolves to for this text: PLAIN when under 15 % of its words have a letter only
     * Vietnamese uses (stripped text), LEGACY when moreover at least 2 % of the words show the marks of an
     * OCR engine that does not know Vietnamese (Latin-1 accents such as é, ¢ or €, digits inside words),
     * else ACCENTED.
     */
    public static RestoreOptions.Profile profileOf(CharSequence text) {
        int[] words = {0, 0, 0};
        LmText.tokenize(text, true, (s, e, k) -> {
            if (k == LmText.Kind.WORD || k == LmText.Kind.MIXED) {
                String w = text.subSequence(s, e).toString();
                words[0]++;
                if (Skeleton.hasVietnameseLetter(w)) {
                    words[1]++;
                } else if (k == LmText.Kind.MIXED ? looksLikeDamagedWord(w) : Skeleton.hasDiacritics(w)
                        || hasOcrMark(w)) {
                    words[2]++;
                }
            }
        });
        if (words[0] == 0 || words[1] >= PLAIN_BELOW * words[0]) {
            return RestoreOptions.Profile.ACCENTED;
        }
        return words[2] >= LEGACY_FROM * words[0] ? RestoreOptions.Profile.LEGACY : RestoreOptions.Profile.PLAIN;
    }

    private RestoredText run(String input, boolean detailed) {
        String text = Normalizer.isNormalized(input, Normalizer.Form.NFC)
                ? input : Normalizer.normalize(input, Normalizer.Form.NFC);
        RestoreOptions.Profile profile = options.profile() == RestoreOptions.Profile.AUTO
                ? profileOf(text) : options.profile();
        ChannelCosts costs = switch (profile) {
            case PLAIN -> ChannelCosts.PLAIN;
            case LEGACY -> ChannelCosts.LEGACY;
            default -> ChannelCosts.ACCENTED;
        };
        StringBuilder out = new StringBuilder(text.length() + 16);
        List<RestoredText.Token> tokens = new ArrayList<>();
        ListMarkers markers = new ListMarkers();
        Map<String, Lattice> cache = new HashMap<>();
        int lineStart = 0;
        int[] tail = null; // the last two words of the line before, when it did not end a sentence
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            BeamDecoder.Context context = tail != null && startsLowerCase(text, lineStart, lineEnd)
                    ? new BeamDecoder.Context(tail[0], tail[1], true) : BeamDecoder.Context.SENTENCE;
            boolean continued = nl >= 0 && !endsSentence(text, lineStart, lineEnd)
                    && startsLowerCase(text, nl + 1, lineEndOf(text, nl + 1));
            context = new BeamDecoder.Context(context.w2(), context.w1(), !continued);
            String next = continued ? text.substring(nl + 1, lineEndOf(text, nl + 1)) : null;
            tail = restoreLine(text, lineStart, lineEnd, next, costs, context, profile == RestoreOptions.Profile.LEGACY,
                    markers, cache, out, detailed ? tokens : null);
            if (endsSentence(text, lineStart, lineEnd)) {
                tail = null;
            }
            if (nl < 0) {
                break;
            }
            out.append('\n');
            lineStart = nl + 1;
        }
        return new RestoredText(out.toString(), profile, tokens);
    }

    private static int lineEndOf(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    /**
     * True when the first visible character of the line is a lower-case letter and the line is not a list
     * item ("a) ...", "đ. ..."): it continues the line before.
     */
    private static boolean startsLowerCase(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                boolean item = i + 1 < to && (text.charAt(i + 1) == ')' || text.charAt(i + 1) == '.');
                return Character.isLowerCase(c) && !item;
            }
        }
        return false;
    }

    /** True when the line is blank or its last visible character closes a sentence or a clause. */
    private static boolean endsSentence(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return ".;:!?".indexOf(c) >= 0;
            }
        }
        return true;
    }

    /**
     * Restores one line into {@code out}; returns the ids of its last two tokens as decoded (the context
     * of a next line that continues it), or null when it has fewer than two tokens. When the line is
     * continued by {@code next}, the first words of that line are decoded too (and then dropped), so that
     * the last words of this line are chosen with the words that follow them ("bổ" of "bổ / nhiệm").
     */
    private int[] restoreLine(String text, int from, int to, String next, ChannelCosts costs, BeamDecoder.Context context,
            boolean ocrMarks, ListMarkers markers, Map<String, Lattice> cache, StringBuilder out,
            List<RestoredText.Token> details) {
        String line = text.substring(from, to);
        List<Lattice> positions = new ArrayList<>();
        LmText.tokenize(line, ocrMarks, (s, e, k) -> positions.add(cachedLattice(line, s, e, k, costs, cache)));
        markers.settle(positions, lm);
        List<Lattice> decoded = positions;
        if (next != null && !positions.isEmpty()) {
            List<Lattice> ahead = new ArrayList<>();
            LmText.tokenize(next, ocrMarks, (s, e, k) -> {
                if (ahead.size() < LOOKAHEAD) {
                    ahead.add(cachedLattice(next, s, e, k, costs, cache));
                }
            });
            decoded = new ArrayList<>(positions);
            decoded.addAll(ahead);
        }
        boolean open = false;
        for (Lattice lat : positions) {
            open |= lat.size > 1 || lat.forced != null;
        }
        if (!open) {
            out.append(line);
            return tail(positions, null);
        }
        int[] choice = decoder.decode(decoded, context);
        int n = positions.size();
        int[] words = new int[decoded.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = decoded.get(i).ids[choice[i]];
        }
        double[][] post = new double[n][];
        if (details != null || costs.minConfidence() > 0) {
            for (int i = 0; i < n; i++) {
                if (positions.get(i).size > 1) {
                    post[i] = decoder.posteriors(decoded, words, i, context);
                    if (choice[i] != 0 && post[i][choice[i]] < costs.minConfidence()) {
                        choice[i] = 0; // not confident enough to change what was written
                        words[i] = positions.get(i).ids[0];
                    }
                }
            }
        }
        int copied = 0;
        for (int i = 0; i < n; i++) {
            Lattice lat = positions.get(i);
            if (lat.forced != null) {
                out.append(line, copied, lat.start).append(lat.forced);
                copied = lat.end;
                continue;
            }
            if (lat.size == 1) {
                continue;
            }
            String restored = choice[i] == 0 ? lat.token.text()
                    : spell(lat.token.text(), lm.word(lat.ids[choice[i]]),
                            ocrMarks && capsIsland(positions, i) && isSyllable(lat.ids[choice[i]]));
            out.append(line, copied, lat.start).append(restored);
            copied = lat.end;
            if (details != null) {
                details.add(detail(lat, from, restored, post[i], choice[i]));
            }
        }
        out.append(line, copied, line.length());
        return tail(positions, java.util.Arrays.copyOf(words, n));
    }

    private static int[] tail(List<Lattice> positions, int[] words) {
        int n = positions.size();
        if (n < 2) {
            return null;
        }
        return words != null ? new int[] {words[n - 2], words[n - 1]}
                : new int[] {positions.get(n - 2).ids[0], positions.get(n - 2 + 1).ids[0]};
    }

    private RestoredText.Token detail(Lattice lat, int lineOffset, String restored, double[] post, int chosen) {
        Integer[] order = new Integer[lat.size];
        for (int j = 0; j < lat.size; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (a, b) -> Double.compare(post[b], post[a]));
        List<RestoredText.Alternative> alternatives = new ArrayList<>();
        for (int j : order) {
            String text = j == 0 ? lat.token.text() : spell(lat.token.text(), lm.word(lat.ids[j]), false);
            alternatives.add(new RestoredText.Alternative(text, Math.min(1, post[j])));
        }
        return new RestoredText.Token(new Span(lineOffset + lat.start, lineOffset + lat.end), lat.token.text(),
                restored, Math.min(1, post[chosen]), alternatives);
    }

    /**
     * The lattice of a token, reused for every later occurrence of the same token in the same text (a
     * document repeats its words; the channel work is done once per word). Symbol parts are keyed apart.
     */
    private Lattice cachedLattice(String line, int s, int e, LmText.Kind kind, ChannelCosts costs,
            Map<String, Lattice> cache) {
        if (kind != LmText.Kind.WORD && kind != LmText.Kind.MIXED) {
            return lattice(line, s, e, kind, costs);
        }
        String key = line.substring(s, e);
        if (Character.isUpperCase(key.charAt(0)) && isSymbolPart(line, s, e, key)) {
            key = key + "\u0000";
        }
        Lattice known = cache.get(key);
        if (known != null) {
            return known.at(s, e);
        }
        Lattice lat = lattice(line, s, e, kind, costs);
        if (cache.size() < MAX_CACHED) {
            cache.put(key, lat);
        }
        return lat;
    }

    private Lattice lattice(String line, int s, int e, LmText.Kind kind, ChannelCosts costs) {
        String token = line.substring(s, e);
        switch (kind) {
            case PUNCT -> {
                return new Lattice(s, e, new Observation(token, kind, token, token, lm.contains(token), false, false, false),
                        lm.id(token), 0);
            }
            case NUMBER -> {
                return new Lattice(s, e, new Observation(token, kind, LmText.NUM, token, true, false, false, false),
                        NgramModel.NUM, 0);
            }
            default -> {
                // words and mixed runs of letters and digits
            }
        }
        String form = kind == LmText.Kind.WORD ? LmText.wordForm(token) : token.toLowerCase(Locale.ROOT);
        boolean known = kind == LmText.Kind.WORD && lm.contains(form);
        // in legacy OCR a known word can be another word damaged ("cia" for "của"): every word but
        // abbreviations gets the rewrite candidates there
        boolean suspicious = !known || (!Skeleton.isUpperCase(token) && (!isSyllable(lm.id(form)) || bareP(form)))
                || (costs == ChannelCosts.LEGACY && !Skeleton.isUpperCase(token));
        Observation obs = new Observation(token, kind, form, Skeleton.of(token), known,
                Skeleton.hasDiacritics(token), isSymbolPart(line, s, e, token), suspicious);
        Lattice lat = kind == LmText.Kind.MIXED
                ? new Lattice(s, e, obs, NgramModel.NUM, looksLikeDamagedWord(token) ? costs.keepMixed() : 0)
                : new Lattice(s, e, obs, known ? lm.id(form) : NgramModel.UNK, known ? 0 : costs.unknownWord());
        // An upper-case run of consonants ("STT", "TNHH", "DT" in "SGD&DT") is an abbreviation, never a
        // damaged syllable: it may only gain a bar on its D, not vowels ("STT" read as "SỬ" emptied tables).
        ChannelModel.Sink sink = lat::offer;
        if (isConsonantAbbreviation(token)) {
            String skeleton = Skeleton.of(token);
            sink = (id, cost) -> {
                if (Skeleton.of(lm.word(id)).equals(skeleton)) {
                    lat.offer(id, cost);
                }
            };
        }
        for (ChannelModel channel : channels) {
            channel.propose(obs, costs, sink);
        }
        lat.cap(options.maxCandidates());
        return lat;
    }

    /** Whether the vocabulary word is a well-formed Vietnamese syllable (looked up once per word). */
    private boolean isSyllable(int id) {
        return syllables.contains(id);
    }

    /**
     * A word starting with p but not ph: only loanwords (pin, pa-nô) do, while legacy OCR often reads Đ as P,
     * so such a word is worth a second look even when it is a valid syllable.
     */
    private static boolean bareP(String form) {
        return form.length() > 1 && form.charAt(0) == 'p' && form.charAt(1) != 'h';
    }

    /** Two or more upper-case letters, none of them a vowel. */
    static boolean isConsonantAbbreviation(String token) {
        if (token.length() < 2) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isUpperCase(c) || "aeiouy".indexOf(Skeleton.map(c)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** ¢ or €, an apostrophe or question mark inside a word, or a trailing @ or & ("S@"; not an e-mail address). */
    private static boolean hasOcrMark(String w) {
        if (w.indexOf('¢') >= 0 || w.indexOf('€') >= 0 || w.indexOf('’') >= 0 || w.indexOf('\'') >= 0
                || w.indexOf('?') >= 0) {
            return true;
        }
        char last = w.charAt(w.length() - 1);
        return last == '@' || last == '&';
    }

    /**
     * A short run with at most two digits among lower-case letters ("s6", "16i", "t6"), not a code such as
     * "A0", "B6" or "H5N1": codes are upper case.
     */
    private static boolean looksLikeDamagedWord(String token) {
        int digits = 0;
        int lower = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (Character.isLowerCase(c) || c == '¢' || c == '€') {
                lower++;
            }
        }
        return token.length() <= 7 && digits <= 2 && lower > 0;
    }

    /**
     * An upper-case word inside a white-space chunk that also holds a digit and a slash or hyphen: a part
     * of a document symbol such as {@code 362/KH-SGD&DT-VP}.
     */
    private static boolean isSymbolPart(String line, int s, int e, String token) {
        if (!token.equals(token.toUpperCase(Locale.ROOT))) {
            return false;
        }
        int a = s;
        while (a > 0 && !Character.isWhitespace(line.charAt(a - 1))) {
            a--;
        }
        int b = e;
        while (b < line.length() && !Character.isWhitespace(line.charAt(b))) {
            b++;
        }
        boolean digit = false;
        boolean separator = false;
        for (int i = a; i < b; i++) {
            char c = line.charAt(i);
            digit |= Character.isDigit(c);
            separator |= c == '/' || c == '-';
        }
        return digit && separator;
    }

    /**
     * An upper-case word of a few letters between words that are not upper case ("cua BO Tu phap", "va MOi
     * trudng"): legacy OCR reads a lower-case letter with a hat and a tone ("ộ") as a capital ("O"), so the
     * word was most likely capitalised, not upper case ("Bộ", "Môi").
     */
    private static boolean capsIsland(List<Lattice> positions, int i) {
        String text = positions.get(i).token.text();
        if (text.length() < 2 || text.length() > 4 || !mostlyUpperCase(text)) {
            return false;
        }
        int neighbours = 0;
        for (int step : new int[] {-1, 1}) {
            for (int j = i + step; j >= 0 && j < positions.size(); j += step) {
                Observation o = positions.get(j).token;
                if (o.kind() == LmText.Kind.WORD || o.kind() == LmText.Kind.MIXED) {
                    if (Skeleton.isUpperCase(o.text())) {
                        return false;
                    }
                    neighbours++;
                    break;
                }
            }
        }
        return neighbours > 0;
    }

    /** Upper case, or all letters but one upper case with the first ("DOi", "MO6i" for "Đối", "Môi"). */
    private static boolean mostlyUpperCase(String token) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters >= 2 && Character.isUpperCase(token.charAt(0)) && (upper == letters || letters >= 3 && upper == letters - 1);
    }

    /** The chosen word spelt in the case of the original token; the original itself when only tone placement differs. */
    static String spell(String original, String word) {
        return spell(original, word, false);
    }

    /**
     * The chosen word in the case of the original token: upper case when all its letters are (or all but
     * one of three or more, as in OCR's "CHiNH"), else capitalised when its first letter is; with
     * {@code capitalise}, an upper-case original gives a capitalised word.
     */
    static String spell(String original, String word, boolean capitalise) {
        if (LmText.wordForm(original).equals(word)) {
            return original;
        }
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        boolean first = !original.isEmpty() && Character.isUpperCase(original.charAt(0));
        if (capitalise && first) {
            return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
        }
        if ((letters >= 2 && upper == letters) || (letters >= 3 && first && upper >= letters - 1)) {
            return word.toUpperCase(Locale.ROOT);
        }
        if (first) {
            return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
        }
        return word;
    }
}
