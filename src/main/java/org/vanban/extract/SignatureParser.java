package org.vanban.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.extract.TextLines.Line;

/**
 * Reads the signature block (prefix KT., TM., Q., TL., TUQ., the title lines, the signer's name)
 * and the "Nơi nhận" list. The two sit side by side on paper, so a text has them in either order,
 * or OCR merged them line by line ("- Như trên; PHÓ GIÁM ĐỐC"); all three are handled.
 */
public final class SignatureParser {
    private static final Pattern RECIPIENTS = Pattern.compile("^\\s*noi nhan\\s*[:.;]?\\s*");
    private static final Pattern PREFIX = Pattern.compile("^(KT|TM|T/M|T\\.M|Q|TL|T\\.L|TUQ|T\\.U\\.Q)\\s*[.:]\\s*\\S");
    private static final Pattern ITEM = Pattern.compile("^\\s*[-+•–]\\s*");
    /** Words of a signing title, matched on folded text. */
    private static final Pattern TITLE_WORD = Pattern.compile(
            "(?<![a-z])(giam doc|chu tich|truong|bo truong|thu truong|thu tuong|bi thu|chanh|uy vien|tong cuc|cuc truong"
                    + "|hieu truong|ke toan|chu nhiem|ton truong|vien truong|uy ban nhan dan|hoi dong nhan dan|ban thuong vu"
                    + "|ban chap hanh|thuong truc|ban chi dao|tong bien tap)(?![a-z])");
    private static final Pattern SIGNED = Pattern.compile("^\\s*[(\\[]?\\s*(da ky|ky|ky ten|ky, ghi ro ho ten|daky|ky va dong dau|ky ten, dong dau|ky, dong dau)[^)\\]]*[)\\]]?\\s*$");
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*){1,5}$");
    private static final int WINDOW = 14;
    private static final Pattern TAIL = Pattern.compile("[;.]\\s+(\\p{Lu}[^;]*)$");

    private SignatureParser() {}

    /** The first line at or after {@code i} that is not blank, or the line count. */
    private static int nextNonBlank(TextLines t, int i) {
        int j = i;
        while (j < t.size() && t.get(j).isBlank()) {
            j++;
        }
        return j;
    }

    public static Signature parse(TextLines t, int bodyStart) {
        Set<Integer> used = new HashSet<>();
        List<String> recipients = new ArrayList<>();
        List<String> tails = new ArrayList<>(); // signature text OCR merged onto recipient lines
        int nn = -1;
        for (int i = bodyStart; i < t.size(); i++) {
            Matcher m = RECIPIENTS.matcher(t.folded(t.get(i)));
            if (m.find()) {
                nn = i;
                break;
            }
        }
        int afterRecipients = nn;
        if (nn >= 0) {
            used.add(nn);
            Line head = t.get(nn);
            Matcher m = RECIPIENTS.matcher(t.folded(head));
            m.find();
            String rest = head.text().substring(m.end()).strip();
            if (!rest.isEmpty()) {
                if (ITEM.matcher(rest).lookingAt()) {
                    addItem(rest, recipients, tails);
                } else {
                    tails.add(rest);
                }
            }
            for (int i = nn + 1; i < t.size(); i++) {
                Line line = t.get(i);
                if (line.isBlank()) {
                    // OCR puts blank lines between the items of a list; one that another item follows does not end it.
                    int next = nextNonBlank(t, i);
                    if (recipients.isEmpty() || next < t.size() && ITEM.matcher(t.get(next).text()).lookingAt()) {
                        continue;
                    }
                    break;
                }
                if (ITEM.matcher(line.text()).lookingAt()) {
                    addItem(line.text(), recipients, tails);
                } else if (!recipients.isEmpty() && !endsItem(recipients.get(recipients.size() - 1))
                        && !isTitleLine(line.text()) && !isName(line.text())) {
                    int last = recipients.size() - 1;
                    recipients.set(last, recipients.get(last) + " " + line.text().strip());
                } else {
                    break;
                }
                used.add(i);
                afterRecipients = i;
            }
            for (int k = 0; k < recipients.size(); k++) {
                recipients.set(k, stripItem(recipients.get(k)));
            }
        }

        // Title lines: nearest to the recipients, or the last one in the text.
        int titleLine = -1;
        if (nn >= 0) {
            for (int d = 0; d <= WINDOW && titleLine < 0; d++) {
                int after = afterRecipients + 1 + d;
                int before = nn - 1 - d;
                if (after < t.size() && isTitleLine(t.get(after).text())) {
                    titleLine = after;
                } else if (before >= bodyStart && isTitleLine(t.get(before).text())) {
                    titleLine = before;
                }
            }
        } else {
            for (int i = t.size() - 1; i >= bodyStart && i >= t.size() - WINDOW * 3; i--) {
                if (PREFIX.matcher(t.get(i).text().strip()).find()) {
                    titleLine = i;
                    break;
                }
            }
        }
        List<String> title = new ArrayList<>(tails.stream().filter(SignatureParser::isTitleText).toList());
        String signer = tails.stream().filter(SignatureParser::isName).findFirst().orElse(null);
        // The block may start higher: "KT. GIÁM ĐỐC" above "PHÓ GIÁM ĐỐC".
        while (titleLine > bodyStart && !used.contains(titleLine - 1) && isTitleLine(t.get(titleLine - 1).text())) {
            titleLine--;
        }
        int i = titleLine;
        if (titleLine >= 0) {
            // A title line above the recipients belongs with what follows it, up to the recipients.
            while (i < t.size() && (i == titleLine || isTitleLine(t.get(i).text())
                    || t.get(i).isBlank() && nextNonBlank(t, i) < t.size() && isTitleLine(t.get(nextNonBlank(t, i)).text()))) {
                if (!used.contains(i) && !t.get(i).isBlank()) {
                    title.add(t.get(i).text().strip());
                    used.add(i);
                }
                i++;
            }
            for (int j = i; j < t.size() && j < i + 6 && signer == null; j++) {
                if (used.contains(j)) {
                    continue;
                }
                String text = OutlineParser.despeck(t.get(j).text()).strip(); // ". Lê Thị Thu Hà": a speck OCR read
                if (text.isEmpty() || SIGNED.matcher(t.folded(t.get(j))).matches()) {
                    used.add(j);
                    continue;
                }
                if (isName(text)) {
                    signer = text;
                    used.add(j);
                }
                break;
            }
            if (signer == null && nn >= 0 && titleLine < nn) {
                // Signature above the list, name after it: "KT. GIÁM ĐỐC", ..., "Nơi nhận:", ..., "Nguyễn Văn A".
                for (int j = afterRecipients + 1; j < t.size() && j <= afterRecipients + 4; j++) {
                    String text = OutlineParser.despeck(t.get(j).text()).strip(); // ". Lê Thị Thu Hà": a speck OCR read
                    if (isName(text)) {
                        signer = text;
                        used.add(j);
                        break;
                    }
                }
            }
        }
        if (signer == null && titleLine < 0 && !title.isEmpty()) {
            // The title came merged onto the recipient lines; the name follows the list.
            for (int j = afterRecipients + 1; j < t.size() && j <= afterRecipients + 4; j++) {
                String text = OutlineParser.despeck(t.get(j).text()).strip(); // ". Lê Thị Thu Hà": a speck OCR read
                if (isName(text)) {
                    signer = text;
                    used.add(j);
                    break;
                }
            }
        }
        String signerTitle = title.isEmpty() ? null : HeaderParser.clean(String.join(" ", title));
        if (signer == null && nn >= 0) {
            // The title lines lost (a faint scan): the name alone just above "Nơi nhận" is still the signer.
            int seen = 0;
            for (int j = nn - 1; j >= bodyStart && seen < 2; j--) {
                if (t.get(j).isBlank() || used.contains(j)) {
                    continue;
                }
                seen++;
                String text = OutlineParser.despeck(t.get(j).text()).strip();
                if (isName(text)) {
                    signer = text;
                    used.add(j);
                    break;
                }
            }
        }
        return new Signature(signer, signerTitle, recipients, used);
    }

    /** Adds a "- item;" and keeps what follows its end (merged signature text) apart. */
    private static void addItem(String line, List<String> recipients, List<String> tails) {
        String item = ITEM.matcher(line).replaceFirst("").strip();
        Matcher tail = TAIL.matcher(item);
        if (tail.find() && (isTitleText(tail.group(1)) || isName(tail.group(1).strip()))) {
            tails.add(tail.group(1).strip());
            item = item.substring(0, tail.start() + 1);
        }
        recipients.add(item);
    }

    private static boolean endsItem(String item) {
        String s = item.strip();
        return s.endsWith(";") || s.endsWith(".") || s.endsWith("./.") || s.endsWith(",");
    }

    private static String stripItem(String item) {
        String s = HeaderParser.clean(item);
        // ";" and "," end an item; OCR also reads ";" as ":" and a speck after it as " -".
        s = s.replaceFirst("\\s+-$", "");
        while (!s.isEmpty() && ";.,:".indexOf(s.charAt(s.length() - 1)) >= 0 && !s.endsWith("..")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1).strip(); // "./." closing mark
        }
        return s;
    }

    static boolean isTitleLine(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() <= 80 && isTitleText(s);
    }

    private static boolean isTitleText(String s) {
        if (!AgencyNames.isUpperCase(s)) {
            return false;
        }
        return PREFIX.matcher(s).find() || TITLE_WORD.matcher(VietnameseKeys.fold(s)).find();
    }

    static boolean isName(String text) {
        String s = text.strip();
        if (!NAME.matcher(s).matches() || AgencyNames.startsWithAgency(s) || isTitleText(s)) {
            return false;
        }
        return s.split("\\s+").length >= 2;
    }
}
