package de.cloudhub.order.api;

/**
 * Brings a server's field reference into the model's path spelling: JSON Pointers ({@code
 * /trustedSources/0/cidr}, {@code #/billing/newProfile/vatId}) become {@code trustedSources[0].cidr}
 * and {@code billing.newProfile.vatId}; paths already in model spelling stay as they are.
 */
final class FieldPaths {
    private FieldPaths() {
    }

    static String toModelPath(String field) {
        if (field == null) {
            return null;
        }
        String f = field.trim();
        if (f.startsWith("#")) {
            f = f.substring(1);
        }
        if (!f.startsWith("/")) {
            return f;
        }
        StringBuilder path = new StringBuilder();
        for (String raw : f.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit) && path.length() > 0) {
                path.append('[').append(segment).append(']');
            } else {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(segment);
            }
        }
        return path.toString();
    }
}
