package de.cloudhub.order.ui.main;

import de.cloudhub.order.model.Me;
import de.cloudhub.order.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The header's account menu ({@code account-menu}): the person's name on the button; inside, who is signed
 * in (name, e-mail, role, customer) and the items the {@link AccountMenuViewModel.Mode} allows. Built per
 * language, like the rest of the header.
 */
final class AccountMenu {
    private final AccountMenuViewModel vm;
    private final I18n t;
    private final MenuButton button = new MenuButton();
    private final Label name = line("account-name", "account-name");
    private final Label email = line("account-email", "account-detail");
    private final Label role = line("account-role", "account-detail");
    private final Label customer = line("account-customer", "account-detail");
    /** Held here (and this menu by its button): it listens weakly, so a header built for another language lets it go. */
    private final InvalidationListener onMe = o -> showWho();

    AccountMenu(AccountMenuViewModel vm, I18n t) {
        this.vm = Objects.requireNonNull(vm);
        this.t = Objects.requireNonNull(t);
        button.setId("account-menu");
        button.getStyleClass().add("account-menu");
        button.setMinWidth(Region.USE_PREF_SIZE);

        VBox who = new VBox(2, name, email, role, customer);
        who.getStyleClass().add("account-who");
        CustomMenuItem whoItem = new CustomMenuItem(who, false);
        whoItem.setId("account-who");
        whoItem.getStyleClass().add("account-who-item");

        List<MenuItem> items = new ArrayList<>(List.of(whoItem, new SeparatorMenuItem()));
        if (vm.mode() == AccountMenuViewModel.Mode.TOKEN) {
            Label note = line("account-token-note", "account-detail");
            note.setText(t.t("account.token.note"));
            note.setWrapText(true);
            note.setPrefWidth(320);
            note.setMinHeight(Region.USE_PREF_SIZE);
            CustomMenuItem noteItem = new CustomMenuItem(note, false);
            noteItem.setId("account-token");
            items.add(noteItem);
        }
        if (vm.offersSwitchAccount()) {
            items.add(item("switch-account", t.t("account.switch"), vm::switchAccount));
        }
        if (vm.offersSignOut()) {
            items.add(item("signout", t.t("account.signout"), vm::signOut));
        }
        if (vm.offersLeaveDemo()) {
            items.add(item("leave-demo", t.t("account.leave-demo"), vm::leaveDemo));
        }
        button.getItems().setAll(items);
        vm.meProperty().addListener(new WeakInvalidationListener(onMe));
        // the button holds this menu (and so its listener) for as long as the header shows it
        button.getProperties().put(AccountMenu.class, this);
        showWho();
    }

    Node node() {
        return button;
    }

    private void showWho() {
        Me me = vm.meProperty().getValue();
        String person = me == null || me.user() == null || me.user().name() == null ? null : me.user().name();
        // the initials keep the header narrow enough for the smallest window; the name is inside and in the tooltip
        button.setText(person == null ? t.t("account.menu") : initials(person));
        String who = person == null ? t.t("account.menu.accessible") : t.t("account.menu.person", person);
        button.setAccessibleText(who);
        button.setTooltip(new Tooltip(who));
        name.setText(person == null ? t.t("account.unknown") : person);
        set(email, me == null || me.user() == null ? null : me.user().email());
        String roleKey = AccountMenuViewModel.roleKey(me);
        set(role, roleKey != null ? t.t(roleKey) : me == null ? null : me.role());
        String customerName = me == null || me.customer() == null ? null : me.customer().name();
        String number = me == null || me.customer() == null ? null : me.customer().number();
        set(customer, customerName == null ? null : number == null ? t.t("account.customer", customerName)
                : t.t("account.customer.numbered", customerName, number));
    }

    /** "Erika Mustermann" → "EM": the first letters of the first and the last word. */
    static String initials(String name) {
        String[] words = name.strip().split("\\s+");
        String first = words[0].isEmpty() ? "" : words[0].substring(0, words[0].offsetByCodePoints(0, 1));
        if (words.length == 1) {
            return first.toUpperCase(java.util.Locale.ROOT);
        }
        String last = words[words.length - 1];
        return (first + last.substring(0, last.offsetByCodePoints(0, 1))).toUpperCase(java.util.Locale.ROOT);
    }

    private static void set(Label label, String text) {
        boolean shown = text != null && !text.isBlank();
        label.setText(shown ? text : "");
        label.setVisible(shown);
        label.setManaged(shown);
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Label line(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
