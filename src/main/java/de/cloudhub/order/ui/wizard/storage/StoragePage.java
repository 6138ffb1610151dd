package de.cloudhub.order.ui.wizard.storage;

import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.WizardPage;

/** Builds the storage step: its view-model on the shared order, and the view factory. */
public final class StoragePage {
    private StoragePage() {
    }

    public static WizardPage create(OrderSession ctx) {
        StorageViewModel vm = new StorageViewModel(ctx.state());
        return new WizardPage(vm, i18n -> new StorageView(vm, i18n).build());
    }
}
