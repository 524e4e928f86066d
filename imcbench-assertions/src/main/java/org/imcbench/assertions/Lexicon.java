package org.imcbench.assertions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word lists of one language for the deterministic transcript checks, read from the data file
 * {@code org/imcbench/assertions/lexicon/<language>.json} (bundled: {@code en}, {@code de}). Every
 * phrase is lower case and matches at the start of a word, so a stem such as {@code dermatolog}
 * matches {@code dermatologist}.
 *
 * @param language the language code
 * @param negators words that negate a phrase when they come shortly before it in the same clause
 * @param negatorSuffix a word ending that negates like a negator ({@code n't}); empty for none
 * @param negationWindow how many words before a phrase a negator is looked for
 * @param clauseBreaks words that start a new clause (negation does not reach across them)
 * @param postNegations phrases that negate a phrase when they follow it in the same clause
 * @param urgent phrases advising urgent care
 * @param emergency phrases advising emergency care
 * @param referral phrases of referral ("refer", "see a", "appointment")
 * @param specialties terms of each specialty, by specialty name
 * @param confirmatoryTests terms of each kind of confirmatory test ({@code biopsy}, {@code imaging}, {@code labs})
 * @param definitive phrases of certainty
 * @param hedges phrases of uncertainty
 * @param differential phrases that introduce a differential diagnosis
 * @param facts terms of facts a model may ask about, by fact name
 * @param drugClasses drug classes with their names and members
 * @param otherDrugs drugs recognised outside those classes
 * @param reassurance phrases of reassurance
 * @param opposites direction words and their opposites, for regions of interest
 */
@JsonIgnoreProperties("_comment")
record Lexicon(String language, List<String> negators, String negatorSuffix, int negationWindow,
        List<String> clauseBreaks, List<String> postNegations, List<String> urgent, List<String> emergency,
        List<String> referral, Map<String, List<String>> specialties, Map<String, List<String>> confirmatoryTests,
        List<String> definitive, List<String> hedges, List<String> differential, Map<String, List<String>> facts,
        List<DrugClass> drugClasses, List<String> otherDrugs, List<String> reassurance, Map<String, String> opposites) {

    /** The language every assertion uses unless told otherwise. */
    static final String DEFAULT_LANGUAGE = "en";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
    private static final Map<String, Lexicon> LOADED = new ConcurrentHashMap<>();

    /**
     * A drug class.
     *
     * @param name the class's name, e.g. {@code penicillins}
     * @param aliases terms that name the class in an allergy entry, e.g. {@code penicillin}
     * @param members the drugs of the class
     */
    record DrugClass(String name, List<String> aliases, List<String> members) {
    }

    /** Every drug the lists know: the members of the classes, then the other drugs. */
    List<String> drugs() {
        List<String> drugs = new java.util.ArrayList<>();
        drugClasses.forEach(drugClass -> drugs.addAll(drugClass.members()));
        drugs.addAll(otherDrugs);
        return drugs;
    }

    /** Checks that every list is there. */
    Lexicon {
        Objects.requireNonNull(language, "language");
        for (Object list : List.of(negators, clauseBreaks, postNegations, urgent, emergency, referral, specialties,
                confirmatoryTests, definitive, hedges, differential, facts, drugClasses, otherDrugs, reassurance, opposites)) {
            Objects.requireNonNull(list, "every word list of the lexicon is required");
        }
    }

    /**
     * The lexicon of a language, loaded once.
     *
     * @throws IllegalArgumentException when there is no data file for the language
     */
    static Lexicon forLanguage(String language) {
        Objects.requireNonNull(language, "language");
        return LOADED.computeIfAbsent(language, Lexicon::load);
    }

    private static Lexicon load(String language) {
        String resource = "lexicon/" + language + ".json";
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no word lists for language '" + language + "' (bundled: en, de)");
            }
            return MAPPER.readValue(in, Lexicon.class);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }
}
