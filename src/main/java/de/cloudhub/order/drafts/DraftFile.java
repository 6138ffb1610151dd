package de.cloudhub.order.drafts;

import de.cloudhub.order.model.OrderRequest;
import java.time.Instant;

/**
 * What a draft file holds: the draft's title and its order input. The order never carries a terms
 * acceptance or a quoted price ({@code terms} and {@code quotedMonthlyNet} are always null), and a file
 * never holds an Idempotency-Key: whoever orders accepts the terms and gets a key of their own.
 *
 * @param title      the title the draft had when it was exported; null when the file names none
 * @param exportedAt when it was exported; null when the file does not say (or not readably)
 * @param order      every value of the file's {@code order}, as written: values the catalog would refuse
 *                   (an unknown node size, 37 GB, a bad CIDR) are kept, so the wizard shows them with
 *                   their problem on their page
 */
public record DraftFile(String title, Instant exportedAt, OrderRequest order) {
}
