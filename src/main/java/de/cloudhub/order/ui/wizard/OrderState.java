package de.cloudhub.order.ui.wizard;

import de.cloudhub.order.model.BillingChoice;
import de.cloudhub.order.model.BillingMode;
import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.model.BillingRules;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.NewBillingProfile;
import de.cloudhub.order.model.OrderDraft;
import de.cloudhub.order.model.OrderField;
import de.cloudhub.order.model.PriceCalculator;
import de.cloudhub.order.model.PriceQuote;
import de.cloudhub.order.model.Problem;
import de.cloudhub.order.model.StepId;
import de.cloudhub.order.model.ServiceOffering;
import de.cloudhub.order.model.StorageRules;
import de.cloudhub.order.model.Terms;
import de.cloudhub.order.model.TermsAcceptance;
import de.cloudhub.order.model.TrustedSource;
import de.cloudhub.order.ui.ordering.Notice;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WritableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The one order being put together, shared by every step's view-model (the summary binds to it
 * read-only). Plain JavaFX properties, no nodes; {@link #toDraft()} gives the model's view of it.
 */
public final class OrderState {
    private static final String DEFAULT_CURRENCY = "EUR";

    // context loaded from the server
    private final ObjectProperty<Catalog> catalog = new SimpleObjectProperty<>(this, "catalog");
    private final ObjectProperty<Me> me = new SimpleObjectProperty<>(this, "me");
    private final ObjectProperty<Terms> terms = new SimpleObjectProperty<>(this, "terms");
    // false while the server cannot be reached: every page works from the kept catalog, only sending waits
    private final BooleanProperty online = new SimpleBooleanProperty(this, "online", true);

    // the user's choices
    private final StringProperty customerId = new SimpleStringProperty(this, "customerId");
    // whom customerId names, as the app found it (name and number to show); null while not known
    private final ObjectProperty<CustomerRef> customer = new SimpleObjectProperty<>(this, "customer");
    // the billing choice went because the customer changed; null once the person chose again
    private final ReadOnlyObjectWrapper<Problem> customerChangeNotice =
            new ReadOnlyObjectWrapper<>(this, "customerChangeNotice");
    // what the draft named that this account cannot use and so was left out, by the step whose page tells it
    private final Map<StepId, ObservableList<Notice>> leftOut = new EnumMap<>(StepId.class);
    private final Map<StepId, ObservableList<Notice>> readOnlyLeftOut = new EnumMap<>(StepId.class);
    private final StringProperty serviceId = new SimpleStringProperty(this, "serviceId");
    private final StringProperty nodeSize = new SimpleStringProperty(this, "nodeSize");
    private final StringProperty maxmemoryPolicy = new SimpleStringProperty(this, "maxmemoryPolicy");
    private final ObjectProperty<Integer> storageGb = new SimpleObjectProperty<>(this, "storageGb");
    private final ObservableList<TrustedSource> trustedSources = FXCollections.observableArrayList();
    private final BooleanProperty allowAllAddresses = new SimpleBooleanProperty(this, "allowAllAddresses");
    private final StringProperty region = new SimpleStringProperty(this, "region");
    private final ObjectProperty<BillingMode> billingMode =
            new SimpleObjectProperty<>(this, "billingMode", BillingMode.EXISTING);
    private final StringProperty billingProfileId = new SimpleStringProperty(this, "billingProfileId");
    // the server's details of the chosen existing profile, once loaded (country and VAT id decide reverse charge)
    private final ObjectProperty<BillingProfile> billingProfile = new SimpleObjectProperty<>(this, "billingProfile");
    private final StringProperty company = new SimpleStringProperty(this, "company", "");
    private final StringProperty street = new SimpleStringProperty(this, "street", "");
    private final StringProperty postalCode = new SimpleStringProperty(this, "postalCode", "");
    private final StringProperty city = new SimpleStringProperty(this, "city", "");
    private final StringProperty country = new SimpleStringProperty(this, "country", "DE");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty contactName = new SimpleStringProperty(this, "contactName", "");
    private final StringProperty vatId = new SimpleStringProperty(this, "vatId", "");
    private final StringProperty reference = new SimpleStringProperty(this, "reference", "");
    private final BooleanProperty termsAccepted = new SimpleBooleanProperty(this, "termsAccepted");

    // the order's submission identity: created at the first press, kept for every retry
    private final StringProperty idempotencyKey = new SimpleStringProperty(this, "idempotencyKey");
    private final ObjectProperty<BigDecimal> quotedMonthlyNet = new SimpleObjectProperty<>(this, "quotedMonthlyNet");
    // true while the server may hold an order for the key (sent without a definite answer, or kept for later)
    private final BooleanProperty orderMayExist = new SimpleBooleanProperty(this, "orderMayExist");

    // problems the server reported on the last refused order, shown at their fields until edited
    private final ObservableList<Problem> serverProblems = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<Optional<PriceQuote>> price =
            new ReadOnlyObjectWrapper<>(this, "price", Optional.empty());
    private final ReadOnlyBooleanWrapper storageOrderable = new ReadOnlyBooleanWrapper(this, "storageOrderable", true);
    // true while the storage field holds text that is no size (the order's storage is then only the last good one)
    private final BooleanProperty storageTextUnusable = new SimpleBooleanProperty(this, "storageTextUnusable");

    public OrderState() {
        Observable[] priceInputs = {catalog, serviceId, nodeSize, storageGb, storageTextUnusable, billingMode,
                billingProfileId, billingProfile, country, vatId};
        for (Observable o : priceInputs) {
            o.addListener(x -> updatePrice());
        }
        customerId.addListener((o, was, now) -> customerChanged(was, now));
        for (StepId step : StepId.values()) {
            ObservableList<Notice> notices = FXCollections.observableArrayList();
            leftOut.put(step, notices);
            readOnlyLeftOut.put(step, FXCollections.unmodifiableObservableList(notices));
        }
    }

    /**
     * What the draft (a stored one, an imported file) named that this account cannot use, left out of the
     * order: one sentence each, shown on the page of {@code step} until the person chooses anew there.
     */
    public ObservableList<Notice> leftOut(StepId step) {
        return readOnlyLeftOut.get(step);
    }

    /**
     * Tells on the page of {@code step} that a value of the draft was left out (see {@link #leftOut(StepId)});
     * once, also when two pages found it out at the same time (the customer step and billing, both asking the server).
     */
    public void leaveOut(StepId step, Notice notice) {
        ObservableList<Notice> notices = leftOut.get(step);
        if (!notices.contains(java.util.Objects.requireNonNull(notice))) {
            notices.add(notice);
        }
    }

    /** The person chose anew on the page of {@code step}: what was left out there needs no more telling. */
    public void dismissLeftOut(StepId step) {
        leftOut.get(step).clear();
    }

    /**
     * Another customer: everything about the service stays, but a billing profile or a new profile's
     * address is the previous customer's and can never bill this one, so the billing choice goes (with a
     * notice when there was one), and the terms accepted in the previous customer's name are to be accepted again.
     */
    private void customerChanged(String was, String now) {
        CustomerRef known = customer.get();
        if (known != null && !known.id().equals(now)) {
            customer.set(null);
        }
        if (was == null || was.equals(now)) {
            return;
        }
        boolean hadBilling = billingProfileId.get() != null || billingMode.get() == BillingMode.NEW
                || !company.get().isBlank() || !street.get().isBlank() || !email.get().isBlank();
        clearBilling();
        // the terms were accepted on behalf of the customer before: the new one's are accepted anew
        termsAccepted.set(false);
        customerChangeNotice.set(hadBilling && now != null
                ? Problem.notice("billing", "checkout.billing.cleared-customer-changed") : null);
    }

    private void clearBilling() {
        billingMode.set(BillingMode.EXISTING);
        billingProfileId.set(null);
        billingProfile.set(null);
        company.set("");
        street.set("");
        postalCode.set("");
        city.set("");
        country.set("DE");
        email.set("");
        contactName.set("");
        vatId.set("");
    }

    private void updatePrice() {
        Catalog c = catalog.get();
        price.set(c == null ? Optional.empty()
                : PriceCalculator.quote(c, serviceId.get(), nodeSize.get(), storageGb.get(), isReverseCharge()));
        Integer gb = storageGb.get();
        storageOrderable.set(!storageTextUnusable.get() && (gb == null
                || service().map(svc -> StorageRules.validate(gb, svc.storage()).isEmpty()).orElse(true)));
    }

    /** Whether the billing chosen so far is billed under reverse charge (VAT 0; see {@link BillingRules#isReverseCharge}). */
    public boolean isReverseCharge() {
        return BillingRules.isReverseCharge(billingChoice(), billingProfile.get());
    }

    /** The chosen service, when the catalog is loaded and a service is chosen. */
    public Optional<ServiceOffering> service() {
        Catalog c = catalog.get();
        return c == null || serviceId.get() == null ? Optional.empty() : c.service(serviceId.get());
    }

    /** The catalog's currency; EUR while no catalog (or one without a currency) is loaded. */
    public String currency() {
        Catalog c = catalog.get();
        return c == null || c.currency() == null ? DEFAULT_CURRENCY : c.currency();
    }

    public ReadOnlyObjectProperty<Optional<PriceQuote>> priceProperty() { return price.getReadOnlyProperty(); }
    public Optional<PriceQuote> getPrice() { return price.get(); }
    /**
     * False while the storage typed is one the catalog does not offer (off the grid, out of range):
     * the price is then only a calculation, not an order that can be placed.
     */
    public ReadOnlyBooleanProperty storageOrderableProperty() { return storageOrderable.getReadOnlyProperty(); }
    /** True while the storage field holds text that is no storage size; the storage is then not orderable. */
    public BooleanProperty storageTextUnusableProperty() { return storageTextUnusable; }

    public ObservableList<Problem> serverProblems() { return serverProblems; }
    public ObjectProperty<Catalog> catalogProperty() { return catalog; }
    public ObjectProperty<Me> meProperty() { return me; }
    public ObjectProperty<Terms> termsProperty() { return terms; }
    /** False while the server cannot be reached; the order cannot be sent then. */
    public BooleanProperty onlineProperty() { return online; }
    public StringProperty customerIdProperty() { return customerId; }
    /** Whom the customer id names (name, number), as the app found it; null while not known. */
    public ObjectProperty<CustomerRef> customerProperty() { return customer; }
    /** That the billing choice was cleared because the customer changed; null when there is nothing to tell. */
    public ReadOnlyObjectProperty<Problem> customerChangeNoticeProperty() {
        return customerChangeNotice.getReadOnlyProperty();
    }
    /** The person chose the billing again (or started anew): the notice about the cleared choice goes. */
    public void dismissCustomerChangeNotice() {
        customerChangeNotice.set(null);
    }
    public StringProperty serviceIdProperty() { return serviceId; }
    public StringProperty nodeSizeProperty() { return nodeSize; }
    public StringProperty maxmemoryPolicyProperty() { return maxmemoryPolicy; }
    public ObjectProperty<Integer> storageGbProperty() { return storageGb; }
    public ObservableList<TrustedSource> trustedSources() { return trustedSources; }
    public BooleanProperty allowAllAddressesProperty() { return allowAllAddresses; }
    public StringProperty regionProperty() { return region; }
    public ObjectProperty<BillingMode> billingModeProperty() { return billingMode; }
    public StringProperty billingProfileIdProperty() { return billingProfileId; }
    /** The details of the chosen existing billing profile, as the server listed them; null while unknown. */
    public ObjectProperty<BillingProfile> billingProfileProperty() { return billingProfile; }
    public StringProperty companyProperty() { return company; }
    public StringProperty streetProperty() { return street; }
    public StringProperty postalCodeProperty() { return postalCode; }
    public StringProperty cityProperty() { return city; }
    public StringProperty countryProperty() { return country; }
    public StringProperty emailProperty() { return email; }
    public StringProperty contactNameProperty() { return contactName; }
    public StringProperty vatIdProperty() { return vatId; }
    public StringProperty referenceProperty() { return reference; }
    public BooleanProperty termsAcceptedProperty() { return termsAccepted; }
    public StringProperty idempotencyKeyProperty() { return idempotencyKey; }
    public ObjectProperty<BigDecimal> quotedMonthlyNetProperty() { return quotedMonthlyNet; }
    /**
     * True while the server may hold an order for {@link #idempotencyKeyProperty()}: then the key must
     * outlive a discard, so ordering the same again gets that order back instead of a second one.
     */
    public BooleanProperty orderMayExistProperty() { return orderMayExist; }

    /** The observable that holds {@code field} (a property, or the list of trusted sources). */
    public Observable input(OrderField field) {
        return switch (field) {
            case CUSTOMER_ID -> customerId;
            case SERVICE_ID -> serviceId;
            case NODE_SIZE -> nodeSize;
            case MAXMEMORY_POLICY -> maxmemoryPolicy;
            case STORAGE_GB -> storageGb;
            case TRUSTED_SOURCES -> trustedSources;
            case ALLOW_ALL_ADDRESSES -> allowAllAddresses;
            case REGION -> region;
            case BILLING_MODE -> billingMode;
            case BILLING_PROFILE_ID -> billingProfileId;
            case COMPANY -> company;
            case STREET -> street;
            case POSTAL_CODE -> postalCode;
            case CITY -> city;
            case COUNTRY -> country;
            case EMAIL -> email;
            case CONTACT_NAME -> contactName;
            case VAT_ID -> vatId;
            case REFERENCE -> reference;
            case TERMS -> termsAccepted;
            case QUOTED_MONTHLY_NET -> quotedMonthlyNet;
        };
    }

    /** The new billing profile as typed (blank optional fields become null). */
    public NewBillingProfile newProfile() {
        return new NewBillingProfile(company.get(), street.get(), postalCode.get(), city.get(), country.get(),
                email.get(), blankToNull(contactName.get()), blankToNull(vatId.get()));
    }

    public BillingChoice billingChoice() {
        return billingMode.get() == BillingMode.NEW ? BillingChoice.newProfile(newProfile())
                : (billingProfileId.get() == null ? null : BillingChoice.existing(billingProfileId.get()));
    }

    /** A snapshot of everything entered, as the model's draft. */
    public OrderDraft toDraft() {
        Terms t = terms.get();
        OrderDraft d = OrderDraft.of(field -> valueOf(input(field)), t == null ? null : t.version());
        d.setIdempotencyKey(idempotencyKey.get());
        return d;
    }

    private static Object valueOf(Observable input) {
        return input instanceof ObservableValue<?> value ? value.getValue() : List.copyOf((List<?>) input);
    }

    /**
     * Fills every choice from a draft (e.g. an offline draft); context properties stay as they are.
     * The terms are not accepted afterwards: the person accepts them again.
     */
    public void loadDraft(OrderDraft d) {
        fill(d);
    }

    private void fill(OrderDraft d) {
        for (OrderField field : OrderField.values()) {
            if (d.holds(field)) {
                set(input(field), d.value(field));
            }
        }
        storageTextUnusable.set(false);
        // the person accepts the terms for this order on the summary, every time: a kept (or copied)
        // order never comes back with the box ticked
        termsAccepted.set(false);
        idempotencyKey.set(d.getIdempotencyKey());
        orderMayExist.set(d.getIdempotencyKey() != null);
    }

    @SuppressWarnings("unchecked")
    private static void set(Observable input, Object value) {
        if (input instanceof ObservableList<?> list) {
            ((ObservableList<Object>) list).setAll((List<?>) value);
        } else {
            ((WritableValue<Object>) input).setValue(value);
        }
    }

    /**
     * Forgets every choice (the user discarded the order): back to a new, empty order with a fresh
     * identity. The loaded context (catalog, me, terms) and, for a customer, the customer id stay.
     * While {@link #orderMayExistProperty()} holds, the key stays too: an order sent without an
     * answer may exist under it, and only the same key can find it again instead of placing another.
     */
    public void clearChoices() {
        Me who = me.get();
        OrderDraft empty = new OrderDraft();
        empty.setCustomerId(who != null && who.customer() != null ? who.customer().id() : null);
        if (orderMayExist.get()) {
            empty.setIdempotencyKey(idempotencyKey.get());
        }
        fill(empty);
        clearBilling();
        customerChangeNotice.set(null);
        leftOut.values().forEach(List::clear);
        serverProblems.clear();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
