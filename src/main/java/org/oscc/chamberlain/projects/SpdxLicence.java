package org.oscc.chamberlain.projects;

import java.util.regex.Pattern;

/**
 * A loose check of SPDX licence ids and expressions ("MIT", "Apache-2.0", "GPL-2.0-or-later WITH Classpath-exception-2.0",
 * "(MIT OR Apache-2.0)", "LicenseRef-Acme"). It checks the shape, not the SPDX list: a new licence id must not be refused
 * because this build has not heard of it.
 */
final class SpdxLicence {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+-]*");
    private static final Pattern OPERATOR = Pattern.compile("(?i)AND|OR|WITH");

    private SpdxLicence() {
    }

    static boolean looksValid(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        int depth = 0;
        for (char ch : text.toCharArray()) {
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        if (depth != 0) {
            return false;
        }
        String[] tokens = text.replace("(", " ").replace(")", " ").strip().split("\\s+");
        boolean wantId = true;
        for (String token : tokens) {
            boolean operator = OPERATOR.matcher(token).matches();
            if (wantId == operator || (!operator && !ID.matcher(token).matches())) {
                return false;
            }
            wantId = operator;
        }
        return !wantId;
    }
}
