package de.cloudhub.order.ui.wizard.summary;

import de.cloudhub.order.model.StepId;
import java.util.List;

/**
 * One line of the summary table: {@code name} makes the ids ({@code summary-<name>},
 * {@code summary-edit-<name>}); {@code values} are one or more lines of text; {@code step} is where "Edit" goes.
 */
public record SummaryRow(String name, String label, List<String> values, StepId step) {
    public SummaryRow {
        values = List.copyOf(values);
    }
}
