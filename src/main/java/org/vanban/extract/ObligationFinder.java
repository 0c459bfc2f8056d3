package org.vanban.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.extract.OutlineParser.Block;
import org.vanban.extract.TextLines.Line;

/**
 * Finds the tasks a directive assigns: "Giao X ...", "X chủ trì, phối hợp với Y ...", "X có trách
 * nhiệm / chịu trách nhiệm ...", "Đề nghị / Yêu cầu X ...", the triples "Đơn vị chủ trì: ... /
 * Đơn vị phối hợp: ... / Thời gian thực hiện: ...", items whose heading names a unit ("1. Văn phòng
 * Sở:") with the tasks under them, and task tables flattened into "|"-separated lines. Text under
 * "MỤC ĐÍCH, YÊU CẦU" states aims, not tasks of a unit, and is skipped.
 */
public final class ObligationFinder {
    private static final Pattern GIAO = Pattern.compile("^(?:giao(?:\\s+cho)?|đề nghị|yêu cầu|ủy quyền cho)\\s+");
    private static final Pattern CLAUSE_REQUEST = Pattern.compile("(?<!\\p{L})(đề nghị|yêu cầu)\\s+(?=các\\s|\\p{L})");
    private static final Pattern SUBJECT_VERB = Pattern.compile(
            "^(chủ trì|có trách nhiệm|chịu trách nhiệm|phối hợp|là cơ quan|làm đầu mối|căn cứ|chủ động|tổ chức|thực hiện|triển khai|xây dựng|tham mưu|theo dõi|hướng dẫn)");
    private static final Pattern PARTNERS = Pattern.compile("(?<!\\p{L})phối hợp(?:\\s+chặt chẽ)?(?:\\s+với)?\\s+");
    private static final Pattern LABEL = Pattern.compile(
            "^\\s*[-+•]?\\s*(đơn vị chủ trì|cơ quan chủ trì|chủ trì thực hiện|đơn vị thực hiện|chủ trì|đơn vị phối hợp|cơ quan phối hợp|phối hợp thực hiện|phối hợp"
                    + "|thời gian thực hiện|thời gian hoàn thành|thời hạn hoàn thành|thời hạn|tiến độ thực hiện|thời gian)\\s*:\\s*");
    private static final Pattern PURPOSE = Pattern.compile("mục đích|yêu cầu|quan điểm|mục tiêu");
    private static final Pattern IMPLEMENTATION = Pattern.compile(
            "tổ chức thực hiện|phân công|trách nhiệm|điều khoản thi hành|hiệu lực|nhiệm vụ cụ thể|giao nhiệm vụ");
    private static final Pattern DEADLINE_DATE = Pattern.compile(
            "(?<!\\p{L})(trước|chậm nhất(?: là)?|hạn chót|hoàn thành trước|xong trước|trong thời hạn đến|đến hết|trước hoặc trong)\\s+(?:ngày\\s+)?(?=\\d)");
    private static final Pattern DEADLINE_PHRASE = Pattern.compile(
            "(?<!\\p{L})(trong\\s+thời\\s+hạn|trong|trước|chậm\\s+nhất|từ\\s+nay\\s+đến|đến)\\s+(?:(?:hết\\s+)?quý\\s+[ivx1-4]+(?:\\s*(?:năm|/)\\s*\\d{4})?"
                    + "|(?:hết\\s+)?tháng\\s+\\d{1,2}(?:\\s*(?:năm|/)\\s*\\d{4})?|(?:hết\\s+)?năm\\s+\\d{4}|\\d{1,3}\\s+(?:ngày|giờ)(?:\\s+làm\\s+việc)?(?:\\s+kể\\s+từ[^.;,]*)?"
                    + "|(?:6|sáu)\\s+tháng\\s+(?:đầu|cuối)\\s+năm(?:\\s+\\d{4})?"
                    + "|ngày\\s+\\d{1,2}\\s+(?:của\\s+)?(?:hằng\\s+|hàng\\s+)?(?:tháng|quý)[^.;,]*)");
    /** Frequencies, most specific first: "định kỳ hằng năm" wins over the "hằng năm" inside it. */
    private static final List<Pattern> FREQUENCIES = List.of(
            Pattern.compile("(?<!\\p{L})định\\s+kỳ(?:\\s+(?:\\d+\\s+tháng(?:\\s*(?:một|1)\\s+lần)?|(?:hằng|hàng|mỗi)\\s+(?:năm|quý|tháng|tuần|ngày)))?(?!\\p{L})"),
            Pattern.compile("(?<!\\p{L})thường\\s+xuyên(?!\\p{L})"),
            Pattern.compile("(?<!\\p{L})(?:hằng|hàng)\\s+(?:năm|quý|tháng|tuần|ngày)(?!\\p{L})"));
    private static final Pattern MONTH = Pattern.compile("^(?:trong|trước|đến|hết)?\\s*(?:hết\\s+)?tháng\\s+(\\d{1,2})\\s*(?:/|năm)\\s*(\\d{4})$");

    /** "các đơn vị", "các cơ quan, đơn vị, địa phương": addressees, not named units. */
    private static final Pattern GENERIC = Pattern.compile(
            "(?:các|tất cả các|mọi)\\s+(?:(?:cơ quan|đơn vị|địa phương|tổ chức|cá nhân|ngành|cấp|trường học|nhà trường|trường)(?:\\s*(?:,|và)\\s*)?)+(?:\\s*(?:có liên quan|liên quan|trực thuộc))?");
    /**
     * A request whose task is to carry out the document itself or "the following" ("yêu cầu các
     * cấp ủy ... thực hiện tốt các nội dung sau:", "... nghiêm túc thực hiện Chỉ thị này./."): it
     * introduces or closes the tasks, and is not one. Matched on the key of the action.
     */
    private static final Pattern CARRY_OUT = Pattern.compile(
            "(?:(?:nghiêm túc|khẩn trương|tích cực|quán triệt và)\\s+)?(?:triển khai\\s+)?(?:tổ chức\\s+)?(?:thực hiện|thi hành)"
                    + "(?:\\s+(?:tốt|nghiêm|nghiêm túc|có hiệu quả))?(?:\\s+(?:(?:các|những)\\s+nội dung(?:\\s+sau(?:\\s+đây)?)?"
                    + "|(?:nội dung\\s+)?(?:chỉ thị|kế hoạch|quyết định|thông báo|công văn|nghị quyết|hướng dẫn|chương trình|văn bản)\\s+này))?"
                    + "[\\s.:;/]*");
    /** The first cell of a table row: its number, maybe with a speck OCR read next to it. */
    private static final Pattern ROW_NUMBER = Pattern.compile("\\W{0,2}\\d{1,3}\\.?\\W{0,2}");
    private static final Pattern DAY_MONTH = Pattern.compile("\\d{1,2}/\\d{1,2}(?!/\\d)");

    private ObligationFinder() {}

    public static List<Obligation> find(TextLines t, List<Block> blocks, Set<Integer> skipLines) {
        String text = t.text();
        String key = t.key();
        List<Obligation> out = new ArrayList<>();
        Set<Integer> used = new HashSet<>(skipLines);
        findTables(t, used, out);
        findTriples(t, blocks, used, out);

        String topHeading = "";
        int implementationLevel = 0;
        String unitActor = null;
        int unitKind = 0;
        for (Block b : blocks) {
            if (used.contains(b.firstLine())) {
                continue;
            }
            // The key of the heading, cut from the text's key: no second pass over the heading.
            String sectionKey = b.section() == null ? "" : headingKey(b.section(), key);
            if (b.section() != null && b.kind() == OutlineParser.ROMAN) {
                topHeading = sectionKey;
            }
            if (b.section() != null && b.kind() <= OutlineParser.DOTTED && b.kind() > 0) {
                if (b.kind() == OutlineParser.ROMAN || b.kind() <= unitKind) {
                    unitActor = null;
                    unitKind = 0;
                }
            }
            if (PURPOSE.matcher(topHeading).find() || b.section() != null && b.kind() <= OutlineParser.DOTTED
                    && PURPOSE.matcher(sectionKey).find() && sectionKey.length() < 40) {
                continue;
            }
            if (b.section() != null && b.kind() > 0 && b.kind() <= OutlineParser.DOTTED) {
                if (IMPLEMENTATION.matcher(sectionKey).find() && sectionKey.length() < 60) {
                    implementationLevel = b.kind();
                } else if (b.kind() <= implementationLevel) {
                    implementationLevel = 0;
                }
            }
            boolean implementation = implementationLevel > 0;
            String path = b.section() == null ? null : b.section().path();
            int start = b.span().start();
            // The text of the item without its marker.
            int bodyFrom = b.section() == null ? start : b.section().span().end() - b.section().heading().length();
            bodyFrom = Math.max(start, Math.min(bodyFrom, b.span().end()));
            if (b.section() != null && b.kind() >= OutlineParser.NUMBER && b.kind() <= OutlineParser.LETTER) {
                Optional<String> unit = unitHeading(b, text, key);
                if (unit.isPresent()) {
                    unitActor = unit.get();
                    unitKind = b.kind();
                    int colon = text.indexOf(':', bodyFrom);
                    int lineEnd = t.get(b.firstLine()).end();
                    int rest = colon >= 0 && colon < lineEnd ? colon + 1 : lineEnd;
                    if (unitActor.length() > HeaderParser.clean(b.section().heading()).length()) {
                        rest = b.span().end(); // the heading wrapped over its whole item
                    }
                    if (rest < b.span().end() && !text.substring(rest, b.span().end()).isBlank()) {
                        addSentences(t, rest, b.span().end(), path, unitActor, implementation, out);
                    }
                    continue;
                }
            }
            String inherited = b.kind() >= OutlineParser.LETTER || b.section() == null && unitActor != null ? unitActor : null;
            if (b.section() != null && b.kind() == OutlineParser.LETTER && unitKind >= OutlineParser.LETTER) {
                inherited = null;
            }
            // A short heading line followed by a capitalised line is a heading, not the start of a sentence.
            Line first = t.get(b.firstLine());
            int second = skipBlank(t, b.firstLine() + 1); // OCR leaves blank lines between a heading and its text
            if (b.section() != null && b.lastLine() >= second && first.text().strip().length() < 65
                    && !first.text().strip().matches(".*[,;]$") && startsUpper(t.get(second).text())) {
                addSentences(t, bodyFrom, first.end(), path, inherited, implementation, out);
                addSentences(t, t.get(second).start(), b.span().end(), path, inherited, implementation, out);
            } else {
                addSentences(t, bodyFrom, b.span().end(), path, inherited, implementation, out);
            }
        }
        out.sort(java.util.Comparator.comparingInt(o -> o.span().start())); // tables and triples were found first
        return out;
    }

    /** The key of a section's heading: the heading ends its line, trailing white space aside. */
    private static String headingKey(Section section, String key) {
        int end = section.span().end();
        while (end > section.span().start() && Character.isWhitespace(key.charAt(end - 1))) {
            end--;
        }
        return key.substring(Math.max(section.span().start(), end - section.heading().length()), end);
    }

    /** Splits an item into sentences and adds an obligation for each that assigns a task. */
    private static void addSentences(TextLines t, int from, int to, String path, String inherited,
            boolean implementation, List<Obligation> out) {
        String text = t.text();
        String key = t.key();
        int s = from;
        boolean inheritedUsed = false;
        for (int i = from; i <= to; i++) {
            boolean end = i == to;
            if (!end && text.charAt(i) == '.') {
                int j = i + 1;
                while (j < to && text.charAt(j) == '/' || j < to && text.charAt(j) == '.') {
                    j++;
                }
                if (j >= to || Character.isWhitespace(text.charAt(j)) && nextIsUpper(text, j, to)) {
                    end = true;
                }
            }
            if (!end) {
                continue;
            }
            int e = Math.min(i + 1, to);
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            if (e - s > 3) {
                Obligation o = sentence(t, s, e, path, inheritedUsed ? null : inherited, implementation);
                if (o != null) {
                    out.add(o);
                    if (inherited != null && o.actor().equals(inherited)) {
                        inheritedUsed = true;
                    }
                }
            }
            s = e;
        }
    }

    private static boolean startsUpper(String line) {
        String s = line.strip();
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }

    private static boolean nextIsUpper(String text, int j, int to) {
        while (j < to && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j >= to || Character.isUpperCase(text.charAt(j)) || text.charAt(j) == '-' || Character.isDigit(text.charAt(j));
    }

    /** One sentence: the obligation it states, or null. */
    private static Obligation sentence(TextLines t, int s, int e, String path, String inherited, boolean implementation) {
        String text = t.text();
        String key = t.key();
        String sk = key.substring(s, e);
        if (sk.startsWith("căn cứ") && inherited == null || AgencyNames.isUpperCase(text.substring(s, e))) {
            return null;
        }
        int actorStart = -1;
        boolean request = false; // "Đề nghị X ...", "Yêu cầu X ...", as opposed to "Giao X ..."
        Matcher g = GIAO.matcher(sk);
        if (g.find()) {
            actorStart = s + g.end();
            request = sk.startsWith("đề nghị") || sk.startsWith("yêu cầu");
        } else if (sk.contains("đề nghị") || sk.contains("yêu cầu")) {
            Matcher r = CLAUSE_REQUEST.matcher(sk);
            while (r.find()) {
                int at = s + r.end();
                if (Actors.isUnit(text.substring(at, Math.min(e, at + 40)))) {
                    actorStart = at;
                    request = true;
                    break;
                }
            }
        }
        String actor = null;
        int actionStart;
        if (actorStart >= 0) {
            int len = Actors.phraseEnd(text, key, actorStart, e);
            actor = Actors.clean(text.substring(actorStart, actorStart + len));
            actionStart = actorStart + len;
            if (request && CARRY_OUT.matcher(key.substring(actionStart, e).replaceAll("\\s+", " ").strip()).matches()) {
                return null;
            }
        } else {
            int len = Actors.phraseEnd(text, key, s, e);
            String subject = Actors.clean(text.substring(s, s + len));
            // "có\ntrách nhiệm": the verb may wrap, so white space runs count as one space.
            String after = key.substring(s + len, Math.min(e, s + len + 40)).replaceAll("\\s+", " ").stripLeading();
            boolean explicit = after.startsWith("chủ trì") || after.startsWith("có trách nhiệm") || after.startsWith("chịu trách nhiệm")
                    || after.startsWith("phối hợp") || after.startsWith("là cơ quan") || after.startsWith("làm đầu mối");
            boolean endsAtVerb = s + len < e && !after.isEmpty() && Character.isLetter(after.charAt(0));
            if (!subject.isEmpty() && Actors.isUnit(subject) && (explicit || implementation && endsAtVerb)) {
                actor = subject;
                actionStart = s + len;
            } else if (inherited != null) {
                actor = inherited;
                actionStart = s;
            } else {
                return null;
            }
        }
        if (actor.isEmpty() || actor.length() > 300 || !Actors.isUnit(actor) && !Character.isUpperCase(actor.codePointAt(0))
                || GENERIC.matcher(VietnameseKeys.key(actor)).matches()) {
            return null;
        }
        List<String> partners = new ArrayList<>();
        Matcher p = PARTNERS.matcher(key).region(actionStart, e);
        if (p.find()) {
            int len = Actors.phraseEnd(text, key, p.end(), e);
            String list = text.substring(p.end(), p.end() + len);
            if (Actors.isUnit(list)) {
                partners.addAll(Actors.split(list));
            }
        }
        String action = Actors.clean(text.substring(actionStart, e));
        String sentence = text.substring(s, e);
        return new Obligation(actor, partners, action.isEmpty() ? null : action, deadline(sentence, sk),
                frequency(sentence, sk), path, HeaderParser.clean(sentence), new Span(s, e));
    }

    /** "Văn phòng Sở:", "1. Công an tỉnh": an item heading that names the unit its sub-items bind. */
    private static Optional<String> unitHeading(Block b, String text, String key) {
        String heading = b.section().heading();
        int colon = heading.indexOf(':');
        String head = colon >= 0 ? heading.substring(0, colon) : heading;
        head = Actors.clean(GIAO.matcher(VietnameseKeys.key(head)).lookingAt()
                ? head.substring(lookingAtEnd(VietnameseKeys.key(head))) : head);
        if (colon < 0 && b.lastLine() > b.firstLine()) {
            Optional<String> wrapped = wrappedUnitHeading(b, text, key);
            if (wrapped.isPresent()) {
                return wrapped;
            }
            // The heading must be complete on its line: a name that runs on is the subject of a sentence.
            int headingEnd = b.section().span().end();
            int next = headingEnd;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            // A capitalised verb on the next line starts the unit's first task ("Chủ trì tham mưu ..."); a
            // lower-case one goes on with the sentence ("... giết mổ / tập trung có trách nhiệm ...").
            if (next < text.length() && "-+•".indexOf(text.charAt(next)) < 0
                    && !(Actors.startsWithVerb(key, next) && Character.isUpperCase(text.charAt(next)))) {
                return Optional.empty();
            }
        }
        if (head.isEmpty() || !Actors.isUnit(head) || head.length() > 200) {
            return Optional.empty();
        }
        int len = Actors.phraseEnd(head, VietnameseKeys.key(head), 0, head.length());
        if (len < head.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(head);
    }

    /**
     * A unit heading wrapped over lines ("4. Phòng Giáo dục và Đào tạo các huyện, thành phố; các
     * trường trung học phổ / thông, trung tâm GDNN-GDTX", then "- Xây dựng ..."): the whole item is
     * one unit phrase with no verb and no full stop in it, and dash or plus items follow it.
     */
    private static Optional<String> wrappedUnitHeading(Block b, String text, String key) {
        int from = b.section().span().end() - b.section().heading().length();
        int to = b.span().end();
        if (to - from > 300 || from < 0) {
            return Optional.empty();
        }
        int next = to;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= text.length() || "-+•–".indexOf(text.charAt(next)) < 0) {
            return Optional.empty();
        }
        String whole = Actors.clean(text.substring(from, to));
        if (whole.isEmpty() || whole.indexOf('.') >= 0 && whole.matches(".*\\.(\\s|$).*") || !Actors.isUnit(whole)) {
            return Optional.empty();
        }
        int len = Actors.phraseEnd(text, key, from, to);
        return len >= to - from - 1 ? Optional.of(whole) : Optional.empty();
    }

    private static int lookingAtEnd(String headKey) {
        Matcher m = GIAO.matcher(headKey);
        return m.lookingAt() ? m.end() : 0;
    }

    /** "Đơn vị chủ trì: X" / "Đơn vị phối hợp: Y" / "Thời gian thực hiện: Z" after a task. */
    private static void findTriples(TextLines t, List<Block> blocks, Set<Integer> used, List<Obligation> out) {
        String lastTask = null;
        String lastPath = null;
        int lastTaskStart = -1;
        Obligation current = null;
        for (int i = 0; i < t.size(); i++) {
            Line line = t.get(i);
            if (used.contains(i)) {
                continue;
            }
            Matcher m = LABEL.matcher(t.key(line));
            if (!m.find()) {
                if (!line.isBlank() && current == null) {
                    Block owner = ownerOf(blocks, i);
                    if (owner != null && owner.firstLine() == i) {
                        lastTask = owner.section() == null ? line.text() : owner.section().heading();
                        lastPath = owner.section() == null ? null : owner.section().path();
                        lastTaskStart = line.start();
                    }
                }
                if (current != null && !line.isBlank()) {
                    out.add(current);
                    current = null;
                    Block owner = ownerOf(blocks, i);
                    if (owner != null && owner.firstLine() == i) {
                        lastTask = owner.section() == null ? line.text() : owner.section().heading();
                        lastPath = owner.section() == null ? null : owner.section().path();
                        lastTaskStart = line.start();
                    }
                }
                continue;
            }
            String label = m.group(1);
            String value = Actors.clean(line.text().substring(m.end()));
            used.add(i);
            if (label.contains("chủ trì") || label.equals("đơn vị thực hiện")) {
                if (current != null) {
                    out.add(current);
                }
                int s = lastTaskStart >= 0 ? lastTaskStart : line.start();
                current = new Obligation(value, List.of(), lastTask == null ? null : Actors.clean(lastTask), null, null,
                        lastPath, HeaderParser.clean(t.text().substring(s, line.end())), new Span(s, line.end()));
            } else if (current != null && label.contains("phối hợp")) {
                current = with(current, Actors.split(value), current.deadline(), t, line);
            } else if (current != null) {
                String f = frequency(value);
                if (f != null && VietnameseKeys.key(value).equals(VietnameseKeys.key(f))) {
                    current = new Obligation(current.actor(), current.partners(), current.action(), current.deadline(), f,
                            current.section(), current.text(), current.span());
                    current = with(current, current.partners(), current.deadline(), t, line);
                } else {
                    current = with(current, current.partners(), tableDeadline(value), t, line);
                }
            }
            // Mark the task line itself so the sentence pass does not add it a second time.
            if (lastTaskStart >= 0) {
                used.add(t.lineAt(lastTaskStart));
            }
        }
        if (current != null) {
            out.add(current);
        }
    }

    private static Obligation with(Obligation o, List<String> partners, String deadline, TextLines t, Line line) {
        Span span = new Span(o.span().start(), line.end());
        String text = HeaderParser.clean(span.of(t.text()));
        return new Obligation(o.actor(), partners, o.action(), deadline, o.frequency() != null ? o.frequency() : frequency(text),
                o.section(), text, span);
    }

    private static Block ownerOf(List<Block> blocks, int line) {
        for (Block b : blocks) {
            if (b.firstLine() <= line && line <= b.lastLine()) {
                return b;
            }
        }
        return null;
    }

    /**
     * Task tables as text extraction prints them: rows of cells separated by "|" (a cell that wraps
     * continues on the next line with an empty first column), or one cell per line (the header
     * cells after "STT", then each row's number followed by its cells; a wrapped cell goes on in
     * lower case). The header names the columns: nội dung/nhiệm vụ, chủ trì, phối hợp, thời gian.
     */
    private static void findTables(TextLines t, Set<Integer> used, List<Obligation> out) {
        int i = 0;
        while (i < t.size()) {
            String line = t.get(i).text().strip();
            if (line.startsWith("|") || line.chars().filter(c -> c == '|').count() >= 3) {
                i = pipeTable(t, i, used, out);
            } else if (line.length() <= 4 && VietnameseKeys.key(line).matches("s?tt\\.?")) {
                i = cellTable(t, i + 1, i, used, out);
            } else if (line.length() <= 40 && line.indexOf(':') < 0 && t.key(t.get(i)).contains("chủ trì")) {
                // The "chủ trì" column header of a table whose "STT" cell OCR lost or misread:
                // the header starts after the text above it.
                int start = i;
                for (int j = i - 1; j >= 0 && i - j <= 8; j--) {
                    String above = t.get(j).text().strip();
                    if (above.isEmpty()) {
                        continue;
                    }
                    if (above.length() > 40 || above.matches(".*[.:;]$") || OutlineParser.startsItem(above) || above.length() <= 4) {
                        break;
                    }
                    start = j;
                }
                int next = cellTable(t, start, start - 1, used, out);
                i = Math.max(next, i + 1);
            } else {
                i++;
            }
        }
    }

    private static int pipeTable(TextLines t, int from, Set<Integer> used, List<Obligation> out) {
        List<String[]> rows = new ArrayList<>();
        List<int[]> lines = new ArrayList<>(); // first and last line of each row
        int i = from;
        for (; i < t.size(); i++) {
            String text = t.get(i).text().strip();
            if (!text.contains("|") || text.matches("[|\\s:+=-]*")) {
                if (text.matches("[|\\s:+=-]+")) {
                    continue; // a rule line
                }
                break;
            }
            String[] cells = cells(text);
            // A wrapped cell goes on in a line with an empty first column; OCR may read the rules as
            // other marks and so change the count of cells, so a line whose first cell is no row number
            // continues the row above cell by cell (its extra cells go to the last one).
            boolean continues = !rows.isEmpty() && (cells.length == rows.get(rows.size() - 1).length && cells[0].isEmpty()
                    || !ROW_NUMBER.matcher(cells[0]).matches() && rows.size() > 0 && cells.length >= 3);
            if (continues) {
                String[] row = rows.get(rows.size() - 1);
                continueRow(row, cells);
                lines.get(lines.size() - 1)[1] = i;
            } else {
                rows.add(cells);
                lines.add(new int[] {i, i});
            }
        }
        if (rows.size() >= 2) {
            tableRows(t, rows.get(0), rows.subList(1, rows.size()), lines.subList(1, lines.size()), used, out);
        }
        return Math.max(i, from + 1);
    }

    /**
     * Adds a continuation line's cells to the row above, cell by cell. OCR may drop an empty cell ("| |
     * trì |" read as "Ê |trì |") or read a rule as a mark: specks at both ends are dropped, and when a
     * speck stood in the first column and fewer cells than columns are left, they are aligned on the
     * last column, where the wrapped cells of a row end.
     */
    private static void continueRow(String[] row, String[] cells) {
        int from = 0;
        int to = cells.length;
        while (from < to - 1 && speck(cells[from])) {
            from++;
        }
        while (to > from + 1 && speck(cells[to - 1])) {
            to--;
        }
        int n = to - from;
        // An empty first cell anchors the line at the first column; a speck there means the columns slid.
        int shift = from > 0 && n < row.length ? row.length - n : 0;
        for (int c = 0; c < n; c++) {
            int at = Math.min(c + shift, row.length - 1);
            row[at] = (row[at] + " " + cells[from + c]).strip();
        }
    }

    /** A cell that is a mark OCR made of a rule or of dirt: one or two characters, no digit ("Ê", ".", "l", ".-"). */
    private static boolean speck(String cell) {
        String c = cell.strip();
        return !c.isEmpty() && c.length() <= 2 && c.chars().noneMatch(Character::isDigit);
    }

    /**
     * A table laid out one cell per line from {@code headerStart}: the header cells, then each row's
     * number and its cells. {@code sttLine} is the "STT" line above the header, or -1.
     */
    private static int cellTable(TextLines t, int headerStart, int sttLine, Set<Integer> used, List<Obligation> out) {
        List<String> header = new ArrayList<>();
        int i = headerStart;
        // Blank lines, which OCR puts between the cells, carry nothing here.
        while (i < t.size() && header.size() < 8 && !t.get(i).text().strip().matches("\\d{1,3}\\.?")) {
            if (!t.get(i).isBlank()) {
                header.add(t.get(i).text().strip());
            }
            i++;
        }
        if (i >= t.size() || header.stream().noneMatch(h -> VietnameseKeys.key(h).contains("chủ trì"))) {
            return headerStart;
        }
        int headerEnd = i;
        int expected = header.size();
        List<String[]> rows = new ArrayList<>();
        List<int[]> lines = new ArrayList<>();
        int number = 0;
        while ((i = skipBlank(t, i)) < t.size() && t.get(i).text().strip().replaceFirst("\\.$", "").equals((number + 1) + "")) {
            number++;
            int first = i;
            List<String> cells = new ArrayList<>();
            i++;
            while (i < t.size()) {
                String text = t.get(i).text().strip();
                if (text.isEmpty() && i + 1 < t.size() && !t.get(i + 1).isBlank() && cells.size() < expected) {
                    i++;
                    continue;
                }
                if (text.isEmpty() || text.replaceFirst("\\.$", "").equals((number + 1) + "")
                        || cells.size() >= expected && !startsLower(text)) {
                    break;
                }
                if (!cells.isEmpty() && startsLower(text)) {
                    cells.set(cells.size() - 1, cells.get(cells.size() - 1) + " " + text);
                } else {
                    cells.add(text);
                }
                i++;
            }
            String[] row = new String[expected + 1];
            row[0] = String.valueOf(number);
            for (int c = 0; c < expected; c++) {
                row[c + 1] = c < cells.size() ? cells.get(c) : "";
            }
            rows.add(row);
            lines.add(new int[] {first, i - 1});
        }
        String[] head = new String[expected + 1];
        head[0] = "STT";
        for (int c = 0; c < expected; c++) {
            head[c + 1] = header.get(c);
        }
        tableRows(t, head, rows, lines, used, out);
        if (rows.isEmpty()) {
            return headerStart;
        }
        for (int k = sttLine >= 0 ? sttLine : headerStart; k < headerEnd; k++) {
            used.add(k);
        }
        return Math.max(i, headerStart);
    }

    private static int skipBlank(TextLines t, int i) {
        while (i < t.size() && t.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static boolean startsLower(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    /** One obligation per row, the columns found by the words of the header. */
    private static void tableRows(TextLines t, String[] header, List<String[]> rows, List<int[]> lines, Set<Integer> used,
            List<Obligation> out) {
        int actorCol = -1;
        int partnerCol = -1;
        int actionCol = -1;
        int timeCol = -1;
        for (int c = 0; c < header.length; c++) {
            String k = VietnameseKeys.key(header[c]);
            if (k.contains("chủ trì") || k.contains("thực hiện") && actorCol < 0 && !k.contains("thời")) {
                actorCol = c;
            } else if (k.contains("phối hợp")) {
                partnerCol = c;
            } else if (k.contains("thời gian") || k.contains("thời hạn") || k.contains("hoàn thành") || k.contains("tiến độ")) {
                timeCol = c;
            } else if (k.contains("nội dung") || k.contains("nhiệm vụ") || k.contains("công việc")) {
                actionCol = c;
            }
        }
        if (actorCol < 0) {
            return;
        }
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            if (actorCol >= row.length || Actors.clean(row[actorCol]).isEmpty()) {
                continue;
            }
            List<String> partners = partnerCol >= 0 && partnerCol < row.length && !row[partnerCol].isBlank()
                    ? Actors.split(row[partnerCol]) : List.of();
            String deadline = null;
            String frequency = null;
            if (timeCol >= 0 && timeCol < row.length && !row[timeCol].isBlank()) {
                String time = Actors.clean(row[timeCol]);
                String f = frequency(time);
                if (f != null && VietnameseKeys.key(time).equals(VietnameseKeys.key(f))) {
                    frequency = f; // "Thường xuyên", "Hằng năm": how often, not by when
                } else {
                    deadline = tableDeadline(time);
                }
            }
            Span span = new Span(t.get(lines.get(r)[0]).start(), t.get(lines.get(r)[1]).end());
            String action = actionCol >= 0 && actionCol < row.length ? Actors.clean(row[actionCol]) : null;
            out.add(new Obligation(Actors.clean(row[actorCol]), partners, action, deadline, frequency, null,
                    HeaderParser.clean(span.of(t.text())), span));
            for (int k = lines.get(r)[0]; k <= lines.get(r)[1]; k++) {
                used.add(k);
            }
        }
    }

    /** A time cell: ISO for a full date ("Trước 30/9/2025"), "YYYY-MM" for a month, else as printed. */
    private static String tableDeadline(String time) {
        String d = deadline(time);
        if (d != null && d.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            return d;
        }
        Optional<String> full = VietnameseDates.parse(time.replaceFirst("(?iu)^(trước|chậm nhất)\\s+(ngày\\s+)?", ""));
        if (full.isPresent() && full.get().length() == 10) {
            return full.get();
        }
        Matcher month = MONTH.matcher(VietnameseKeys.key(time));
        if (month.matches()) {
            return String.format("%s-%02d", month.group(2), Integer.parseInt(month.group(1)));
        }
        return time;
    }

    private static String[] cells(String line) {
        String s = line.strip();
        if (s.contains("|")) {
            s = s.replaceAll("^\\|", "").replaceAll("\\|$", "");
            return java.util.Arrays.stream(s.split("\\|", -1)).map(String::strip).toArray(String[]::new);
        }
        if (s.contains("\t")) {
            return java.util.Arrays.stream(s.split("\t")).map(String::strip).toArray(String[]::new);
        }
        return new String[] {s};
    }

    /** Frequencies are stored in lower case with "hàng" written "hằng": "Hàng năm" gives "hằng năm". */
    static String normalFrequency(String printed) {
        String f = HeaderParser.clean(printed).toLowerCase(java.util.Locale.ROOT);
        return f.replace("hàng ", "hằng ");
    }

    /** The deadline of a task: ISO when a full date is given, else the phrase as printed, or null. */
    static String deadline(String sentence) {
        return deadline(sentence, VietnameseKeys.key(sentence));
    }

    private static String deadline(String sentence, String folded) {
        if (!folded.contains("trước") && !folded.contains("trong") && !folded.contains("chậm") && !folded.contains("hạn")
                && !folded.contains("đến") && !folded.contains("xong")) {
            return null;
        }
        Matcher d = DEADLINE_DATE.matcher(folded);
        String plain = null;
        while (d.find()) {
            plain = plain == null ? VietnameseKeys.fold(sentence) : plain;
            Optional<VietnameseDates.FoundDate> date = VietnameseDates.at(plain, sentence, d.end());
            if (date.isPresent()) {
                String iso = date.get().iso();
                return iso.length() == 10 ? iso : HeaderParser.clean(sentence.substring(d.start(), date.get().span().end()));
            }
            // "trước 15/12/2025" without "ngày", or "trước ngày 30/6" without a year
            Matcher partial = DAY_MONTH.matcher(sentence).region(d.end(), sentence.length());
            if (partial.lookingAt()) {
                return HeaderParser.clean(sentence.substring(d.start(), partial.end()));
            }
        }
        Matcher p = DEADLINE_PHRASE.matcher(folded);
        if (p.find()) {
            String phrase = HeaderParser.clean(sentence.substring(p.start(), p.end()));
            // "trong tháng 01/2025": a month is given, so the deadline is that month in ISO form.
            Matcher month = MONTH.matcher(VietnameseKeys.key(phrase));
            if (month.matches() && Integer.parseInt(month.group(1)) >= 1 && Integer.parseInt(month.group(1)) <= 12) {
                return String.format("%s-%02d", month.group(2), Integer.parseInt(month.group(1)));
            }
            return phrase;
        }
        return null;
    }

    /** How often: "hằng năm", "định kỳ 6 tháng", "thường xuyên", ... as printed, or null. */
    static String frequency(String sentence) {
        return frequency(sentence, VietnameseKeys.key(sentence));
    }

    private static String frequency(String sentence, String key) {
        if (!key.contains("định") && !key.contains("thường") && !key.contains("hằng") && !key.contains("hàng")) {
            return null;
        }
        for (Pattern p : FREQUENCIES) {
            Matcher f = p.matcher(key);
            if (f.find()) {
                return normalFrequency(sentence.substring(f.start(), f.end()));
            }
        }
        return null;
    }
}
