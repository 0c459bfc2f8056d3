package org.vanban.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vanban demo} on a clean copy of a few samples (one scan page, two text directives, and the
 * scan's ground truth, which is not a document): real OCR, a fresh index, the three queries.
 */
class DemoCommandTest {
    @TempDir
    Path tmp;

    @Test
    void ocrsIndexesAndAnswersTheThreeExampleQueries() throws IOException {
        Path samples = tmp.resolve("samples");
        Path scans = Files.createDirectories(samples.resolve("scans"));
        Files.copy(Corpus.SCANS.resolve("cong-van-ubnd-phu-tho-2025-p1.jpg"), scans.resolve("cong-van-ubnd-phu-tho-2025-p1.jpg"));
        Files.copy(Corpus.SCANS.resolve("cong-van-ubnd-phu-tho-2025.gt.txt"), scans.resolve("cong-van-ubnd-phu-tho-2025.gt.txt"));
        Corpus.copyDirective("ke-hoach-tinh-uy-ha-giang-2022", samples.resolve("directives"));
        Corpus.copyDirective("chi-thi-ubnd-lam-dong-2024", samples.resolve("directives"));
        Path index = tmp.resolve("demo-index");

        Cli r = Cli.run("demo", "--samples", samples.toString(), "--index", index.toString());
        assertEquals(0, r.exit(), r.toString());
        String out = r.out();
        assertTrue(out.contains("scans/cong-van-ubnd-phu-tho-2025-p1.jpg") && out.contains("1 page OCR'd"), out);
        assertTrue(out.contains("3 documents indexed (1 scans, 2 text files), 1 pages OCR'd, 0 failed"), out);
        // every step says how long it took
        assertEquals(3, count(out, Pattern.compile("^\\d\\. vanban .*: \\d+ ms$", Pattern.MULTILINE)), out);
        assertTrue(Pattern.compile("0 failed: \\d+\\.\\d s").matcher(out).find(), out);

        String search = section(out, "2. vanban search", "3. vanban cites");
        assertTrue(search.contains("1. 08/CT-UBND  2024-12-02"), search);
        assertTrue(search.contains("«"), "a highlighted snippet: " + search);
        String cites = section(out, "3. vanban cites 12-CT/TW", "4. vanban obligations");
        assertTrue(cites.contains("14-KH/TU  2022-01-20"), cites);
        assertTrue(cites.contains("\"") && cites.contains("12-CT/TW, ngày 05/01/2022"), "the citing sentence: " + cites);
        String tasks = section(out, "4. vanban obligations", "Try your own");
        assertTrue(tasks.contains("1. Sở Tài chính  (08/CT-UBND 2024-12-02, section"), tasks);

        // Again: a fresh index, but the OCR text is read back rather than OCR'd again.
        Cli again = Cli.run("demo", "--samples", samples.toString(), "--index", index.toString());
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.out().contains("OCR text from cache"), again.out());
        assertTrue(again.out().contains("3 documents indexed (1 scans, 2 text files), 0 pages OCR'd"), again.out());
    }

    @Test
    void aFolderThatIsNotADemoIndexIsLeftAlone() throws IOException {
        Path precious = Files.createDirectories(tmp.resolve("precious"));
        Files.writeString(precious.resolve("thesis.txt"), "do not delete");
        Cli r = Cli.run("demo", "--samples", tmp.resolve("samples").toString(), "--index", precious.toString());
        assertEquals(ExitCode.FATAL.code(), r.exit(), r.toString());
        assertTrue(Files.exists(precious.resolve("thesis.txt")));
    }

    @Test
    void missingSamplesAreFatal() {
        Cli r = Cli.run("demo", "--samples", tmp.resolve("none").toString(), "--index", tmp.resolve("idx").toString());
        assertEquals(ExitCode.FATAL.code(), r.exit(), r.toString());
        assertTrue(r.err().startsWith("vanban: no samples at "), r.err());
    }

    private static String section(String out, String from, String to) {
        int a = out.indexOf(from);
        int b = out.indexOf(to, a + 1);
        assertTrue(a >= 0 && b > a, "sections '" + from + "' then '" + to + "' in\n" + out);
        return out.substring(a, b);
    }

    private static int count(String s, Pattern p) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
