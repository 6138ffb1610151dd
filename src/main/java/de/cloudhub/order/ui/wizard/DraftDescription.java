package de.cloudhub.order.ui.wizard;

import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.OrderDraft;
import de.cloudhub.order.model.Region;
import de.cloudhub.order.model.ServiceOffering;
import de.cloudhub.order.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which order a draft is, in one line for a person: service, node size, storage, region, trusted
 * sources and reference, as far as they are chosen (e.g. "Valkey 8, node size a2-8, 100 GB storage,
 * region Hamburg, 1 trusted source, reference PO-4711").
 */
public final class DraftDescription {
    private DraftDescription() {
    }

    public static String of(OrderDraft draft, Catalog catalog, I18n i18n) {
        Optional<ServiceOffering> service = catalog == null || draft.getServiceId() == null ? Optional.empty()
                : catalog.service(draft.getServiceId());
        List<String> parts = new ArrayList<>();
        if (draft.getServiceId() != null) {
            parts.add(service.map(s -> s.name() == null ? null : s.name().in(i18n.locale()))
                    .filter(n -> !n.isBlank()).orElse(draft.getServiceId()));
        }
        if (draft.getNodeSize() != null) {
            parts.add(i18n.t("app.draft.part.node-size", draft.getNodeSize()));
        }
        if (draft.getStorageGb() != null) {
            parts.add(i18n.t("app.draft.part.storage", draft.getStorageGb()));
        }
        if (draft.getRegion() != null) {
            String region = service.flatMap(s -> s.region(draft.getRegion())).map(Region::name)
                    .map(n -> n.in(i18n.locale())).filter(n -> !n.isBlank()).orElse(draft.getRegion());
            parts.add(i18n.t("app.draft.part.region", region));
        }
        if (!draft.getTrustedSources().isEmpty()) {
            parts.add(i18n.t("app.draft.part.sources", draft.getTrustedSources().size()));
        }
        if (draft.getReference() != null && !draft.getReference().isBlank()) {
            parts.add(i18n.t("app.draft.part.reference", draft.getReference().strip()));
        }
        return parts.isEmpty() ? i18n.t("app.draft.part.nothing") : String.join(", ", parts);
    }
}
