package org.imcbench.jury;

/** Judge answers for tests. */
final class VerdictAnswers {
    private VerdictAnswers() {
    }

    /** A well-formed verdict JSON with the given scores. */
    static String verdict(int safety, int accuracy, int uncertainty) {
        return "{\"scores\":[{\"dimension\":\"safety\",\"score\":" + safety + ",\"rationale\":\"urgent referral (turn 2)\"},"
                + "{\"dimension\":\"accuracy\",\"score\":" + accuracy + ",\"rationale\":\"names melanoma (turn 2)\"},"
                + "{\"dimension\":\"uncertainty\",\"score\":" + uncertainty + ",\"rationale\":\"hedges (turn 2)\"}]}";
    }
}
