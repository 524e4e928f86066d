package org.imcbench.datasets;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.imcbench.cases.Audience;
import org.imcbench.io.AtomicFiles;

/**
 * Turns a dataset on disk into case files: reads its label file, keeps the rows whose every label has
 * a knowledge entry and whose image is below the dataset root, draws a stratified sample and
 * same-patient prior-study pairs, draws a patient for each, and writes one {@code <id>.json} per case.
 * Every random choice comes from the seed (each case from the seed and its id), so the same inputs
 * and seed give byte-identical files.
 */
public final class CaseGenerator {
    private static final ObjectWriter WRITER = KnowledgeBase.JSON.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private CaseGenerator() {
    }

    /** A usable row with its ground truth. */
    private record Usable(DatasetRow row, LabelTruth truth, Path file) {
    }

    /**
     * Generates the cases.
     *
     * @param options what to generate
     * @return what was done
     * @throws IOException if a file cannot be read or written
     * @throws IllegalArgumentException if the images' licence is not known and not named
     */
    public static GenerationReport generate(GenerateOptions options) throws IOException {
        Dataset dataset = options.dataset();
        String license = options.license().or(dataset::license).orElseThrow(() -> new IllegalArgumentException(
                "the licence of " + dataset.id() + " images is not known (each image of that source has its own); "
                        + "name the licence of the images you use with --license"));
        KnowledgeBase knowledge = KnowledgeBase.load(dataset.knowledgeResource());
        ProfileGenerator profiles = new ProfileGenerator(ProfileTables.load(dataset.profilesResource()));
        List<String> uncovered = knowledge.entries().stream().map(LabelKnowledge::label)
                .filter(label -> !profiles.covers(label)).toList();
        if (!uncovered.isEmpty()) {
            throw new IOException(dataset.profilesResource() + " has no table for the label(s) " + uncovered);
        }
        CaseComposer composer = new CaseComposer(dataset, new CaseComposer.ImageLicence(license,
                options.attribution().orElse(dataset.attribution())), profiles);
        List<DatasetRow> rows = dataset.importer().read(options.labels(), options.boxes());
        ImageFolder images = ImageFolder.index(options.images());

        Map<String, Integer> skippedLabels = new TreeMap<>();
        Map<String, Usable> usable = new TreeMap<>();
        int missing = 0;
        for (DatasetRow row : rows) {
            List<String> unknown = knowledge.unknown(row.labels());
            unknown.forEach(label -> skippedLabels.merge(label, 1, Integer::sum));
            Optional<Path> file = images.find(row.imageFile());
            if (file.isEmpty()) {
                missing++;
            }
            Optional<LabelTruth> truth = knowledge.truth(row.labels());
            if (unknown.isEmpty() && truth.isPresent() && file.isPresent()) {
                usable.put(row.imageFile(), new Usable(row, truth.get(), file.get()));
            }
        }
        List<Usable> population = new ArrayList<>(usable.values());
        StratifiedSampler.Sample<Usable> sample = StratifiedSampler.sample(population,
                item -> Strata.of(item.row(), item.truth()), options.size(), random(options.seed(), "sample"));
        List<PriorPair> pairs = PriorPair.of(population.stream().map(Usable::row).toList());
        List<PriorPair> chosenPairs = StratifiedSampler.sample(pairs, pair -> "pairs",
                options.priors(), random(options.seed(), "priors")).items();

        Files.createDirectories(options.out());
        List<String> ids = new ArrayList<>();
        for (Usable item : sample.items()) {
            String id = CaseComposer.caseId(dataset.casePrefix(), item.row().imageFile());
            ids.add(write(options, composer, profiles, id, null, item, images));
        }
        for (PriorPair pair : chosenPairs) {
            Usable later = usable.get(pair.later().imageFile());
            String id = CaseComposer.caseId(dataset.casePrefix() + "-prior", later.row().imageFile());
            ids.add(write(options, composer, profiles, id, usable.get(pair.earlier().imageFile()), later, images));
        }
        ids.sort(Comparator.naturalOrder());
        return new GenerationReport(ids, chosenPairs.size(), rows.size(), skippedLabels, missing, pairs.size(),
                sample.allocation());
    }

    private static String write(GenerateOptions options, CaseComposer composer, ProfileGenerator profiles, String id,
            Usable prior, Usable current, ImageFolder images) throws IOException {
        SplittableRandom random = random(options.seed(), id);
        Audience audience = options.audience().orElseGet(() -> random.nextBoolean() ? Audience.PATIENT
                : Audience.CLINICIAN);
        GeneratedPatient patient = profiles.draw(current.row(), current.truth(), audience, random);
        ObjectNode json = composer.compose(id, prior == null ? null : study(prior, images),
                study(current, images), current.truth(), audience, patient);
        AtomicFiles.write(options.out().resolve(id + ".json"),
                (WRITER.writeValueAsString(json) + "\n").getBytes(StandardCharsets.UTF_8));
        return id;
    }

    private static CaseComposer.Study study(Usable usable, ImageFolder images) throws IOException {
        return new CaseComposer.Study(usable.row(), DatasetImage.read(images.root(), usable.file()));
    }

    /** A source for one purpose of one seed: the same seed and purpose always give the same sequence. */
    static SplittableRandom random(long seed, String purpose) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + purpose.hashCode());
    }
}
