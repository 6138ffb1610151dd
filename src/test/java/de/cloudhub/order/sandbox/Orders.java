package de.cloudhub.order.sandbox;

/** Order bodies for the tests: a valid one (a2-8 + 100 GB = 94.00 EUR net) and ways to spoil it. */
final class Orders {
    static final String TERMS = "2026-01";
    static final String PRICE = "94.00";

    private Orders() {
    }

    static String valid() {
        return body(null, "bp-1001-1", "a2-8", 100, "81.173.12.0/24", TERMS, true, PRICE);
    }

    static String forCustomer(String customerId, String profileId) {
        return body(customerId, profileId, "a2-8", 100, "81.173.12.0/24", TERMS, true, PRICE);
    }

    /** A valid order of the demo customer with a new billing profile in {@code country} with {@code vatId}. */
    static String withNewProfile(String country, String postalCode, String vatId) {
        return valid().replace("\"billing\":{\"profileId\":\"bp-1001-1\"}",
                "\"billing\":{\"newProfile\":{\"company\":\"Wiener Daten GmbH\",\"street\":\"Ring 1\","
                        + "\"postalCode\":\"" + postalCode + "\",\"city\":\"Wien\",\"country\":\"" + country + "\","
                        + "\"email\":\"rechnung@wien.example\",\"vatId\":\"" + vatId + "\"}}");
    }

    static String body(String customerId, String profileId, String nodeSize, int storageGb, String cidr,
                       String termsVersion, boolean accepted, String price) {
        return "{"
                + (customerId == null ? "" : "\"customerId\":\"" + customerId + "\",")
                + "\"serviceId\":\"caas-valkey-8\",\"nodeSize\":\"" + nodeSize + "\",\"storageGb\":" + storageGb + ","
                + "\"trustedSources\":[{\"cidr\":\"" + cidr + "\",\"description\":\"Büro\"}],"
                + "\"region\":\"DE-NORTH\",\"maxmemoryPolicy\":\"allkeys-lru\","
                + "\"billing\":{\"profileId\":\"" + profileId + "\"},"
                + "\"terms\":{\"version\":\"" + termsVersion + "\",\"accepted\":" + accepted + "},"
                + "\"quotedMonthlyNet\":\"" + price + "\",\"reference\":\"PO-4711\"}";
    }
}
