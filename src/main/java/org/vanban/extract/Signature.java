package org.vanban.extract;

import java.util.List;
import java.util.Set;

/**
 * The end block of a directive: who signed, with what title, and the "Nơi nhận" list.
 *
 * @param signer      the person who signed, or null
 * @param signerTitle the title lines joined by a space, with their prefix ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"), or null
 * @param recipients  the "Nơi nhận" items without their dash and final punctuation
 * @param lines       the indexes of the lines the block occupies, which are not body text
 */
public record Signature(String signer, String signerTitle, List<String> recipients, Set<Integer> lines) {
    public Signature {
        recipients = List.copyOf(recipients);
        lines = Set.copyOf(lines);
    }
}
