package de.cloudhub.order.sandbox;

import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.NewBillingProfile;
import de.cloudhub.order.model.UserInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The sandbox's users, customers and billing profiles. New billing profiles arrive with orders. */
final class Directory {
    static final String CUSTOMER_TOKEN = "demo-customer";
    static final String OTHER_CUSTOMER_TOKEN = "demo-customer-2";
    static final String SALES_TOKEN = "demo-sales";
    /** The sign-in page's choices (form values of {@code user}), each signing in as the user of a demo token. */
    static final Map<String, String> SIGN_IN_TOKENS = signInTokens();

    private final Map<String, Me> users = new LinkedHashMap<>();
    private final Map<String, CustomerRef> customers = new LinkedHashMap<>();
    private final Map<String, List<BillingProfile>> profiles = new LinkedHashMap<>();
    private int newProfiles;

    Directory() {
        reset();
    }

    synchronized void reset() {
        users.clear();
        customers.clear();
        profiles.clear();
        newProfiles = 0;
        CustomerRef muster = customer("c-1001", "K-100231", "Muster GmbH",
                new BillingProfile("bp-1001-1", "Zentrale Hamburg", "Muster GmbH", "Musterstraße 1", "20095",
                        "Hamburg", "DE", "rechnung@muster.example", "DE123456789"),
                new BillingProfile("bp-1001-2", "Niederlassung Köln", "Muster GmbH", "Domstraße 12", "50667",
                        "Köln", "DE", "koeln.rechnung@muster.example", "DE123456789"));
        CustomerRef beispiel = customer("c-1002", "K-100342", "Beispiel AG",
                new BillingProfile("bp-1002-1", "Konzern", "Beispiel AG", "Beispielweg 5", "80331",
                        "München", "DE", "ap@beispiel.example", "DE987654321"),
                new BillingProfile("bp-1002-2", "IT-Abteilung", "Beispiel AG", "Beispielweg 7", "80331",
                        "München", "DE", "it-invoices@beispiel.example", "DE987654321"));
        customer("c-1003", "K-100517", "Nordlicht Logistik KG",
                new BillingProfile("bp-1003-1", "Buchhaltung", "Nordlicht Logistik KG", "Kaiweg 3", "28195",
                        "Bremen", "DE", "buchhaltung@nordlicht.example", "DE214365870"));
        customer("c-1004", "K-100688", "Rheinblick Software GmbH",
                new BillingProfile("bp-1004-1", "Standard", "Rheinblick Software GmbH", "Rheinallee 40",
                        "40213", "Düsseldorf", "DE", "billing@rheinblick.example", null),
                new BillingProfile("bp-1004-2", "Projekt Atlas", "Rheinblick Software GmbH", "Rheinallee 40",
                        "40213", "Düsseldorf", "DE", "atlas@rheinblick.example", null));
        users.put(CUSTOMER_TOKEN, new Me(new UserInfo("u-2001", "Erika Mustermann", "erika.mustermann@muster.example"),
                Me.ROLE_CUSTOMER, muster));
        users.put(OTHER_CUSTOMER_TOKEN, new Me(new UserInfo("u-2002", "Bernd Beispiel", "bernd.beispiel@beispiel.example"),
                Me.ROLE_CUSTOMER, beispiel));
        users.put(SALES_TOKEN, new Me(new UserInfo("u-3001", "Sandra Vertrieb", "sandra.vertrieb@cloudhub.example"),
                Me.ROLE_SALES, null));
    }

    private CustomerRef customer(String id, String number, String name, BillingProfile... billing) {
        CustomerRef ref = new CustomerRef(id, number, name);
        customers.put(id, ref);
        profiles.put(id, new ArrayList<>(List.of(billing)));
        return ref;
    }

    synchronized Optional<Me> user(String token) {
        return Optional.ofNullable(token == null ? null : users.get(token));
    }

    /** The user a sign-in choice ({@code customer}, {@code customer-2}, {@code sales}) stands for. */
    synchronized Optional<Me> signInUser(String choice) {
        return user(choice == null ? null : SIGN_IN_TOKENS.get(choice));
    }

    /** The sign-in choices with their users, in the order the sign-in page offers them. */
    synchronized Map<String, Me> signInUsers() {
        Map<String, Me> choices = new LinkedHashMap<>();
        SIGN_IN_TOKENS.forEach((choice, token) -> choices.put(choice, users.get(token)));
        return choices;
    }

    private static Map<String, String> signInTokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("customer", CUSTOMER_TOKEN);
        tokens.put("customer-2", OTHER_CUSTOMER_TOKEN);
        tokens.put("sales", SALES_TOKEN);
        return Collections.unmodifiableMap(tokens);
    }

    /** The customer if the user may see it; empty for unknown and for foreign customers alike. */
    synchronized Optional<CustomerRef> visibleCustomer(Me me, String customerId) {
        if (customerId == null || !customers.containsKey(customerId)) {
            return Optional.empty();
        }
        if (!me.isSales() && (me.customer() == null || !me.customer().id().equals(customerId))) {
            return Optional.empty();
        }
        return Optional.of(customers.get(customerId));
    }

    synchronized List<CustomerRef> search(String query, int limit) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        return customers.values().stream()
                .filter(c -> q.isEmpty() || c.name().toLowerCase(Locale.ROOT).contains(q)
                        || c.number().toLowerCase(Locale.ROOT).contains(q)
                        || c.id().toLowerCase(Locale.ROOT).contains(q))
                .limit(limit)
                .toList();
    }

    synchronized List<BillingProfile> profiles(String customerId) {
        return List.copyOf(profiles.getOrDefault(customerId, List.of()));
    }

    synchronized boolean hasProfile(String customerId, String profileId) {
        return profiles.getOrDefault(customerId, List.of()).stream().anyMatch(p -> p.id().equals(profileId));
    }

    /** Stores a profile that came with an order, so the customer can pick it next time. */
    synchronized BillingProfile addProfile(String customerId, NewBillingProfile profile) {
        newProfiles++;
        BillingProfile stored = new BillingProfile(customerId.replace("c-", "bp-") + "-n" + newProfiles,
                profile.company(), profile.company(), profile.street(), profile.postalCode(), profile.city(),
                profile.country(), profile.email(), profile.vatId());
        profiles.computeIfAbsent(customerId, k -> new ArrayList<>()).add(stored);
        return stored;
    }
}
