package de.cloudhub.order.ui.wizard.nodesize;

import de.cloudhub.order.model.NodeSize;
import java.util.List;

/** The node sizes of one series ({@code b}, {@code a}, {@code r}), smallest first. */
public record SeriesGroup(String series, List<NodeSize> sizes) {
    public SeriesGroup {
        sizes = List.copyOf(sizes);
    }
}
