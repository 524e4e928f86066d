package org.imcbench.datasets;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A public dataset the generator can import: how its label file reads, its knowledge and profile
 * files, what its images are, and the licence its images come under (when the dataset has one
 * licence for every image).
 */
public enum Dataset {
    /** NIH ChestX-ray14 (Wang et al., CVPR 2017): {@code Data_Entry_2017.csv}, {@code BBox_List_2017.csv}. */
    CHESTXRAY14("chestxray14", "cxr14", new ChestXray14Importer(), "radiology", "chest-x-ray",
            "a chest X-ray", "chest radiograph",
            Optional.of("LicenseRef-NIHCC-ChestXray14-unrestricted (US Government work, public domain in the US)"),
            "NIH Clinical Center (https://nihcc.app.box.com/v/ChestXray-NIHCC). Wang X, Peng Y, Lu L, Lu Z, "
                    + "Bagheri M, Summers RM. ChestX-ray8: Hospital-scale Chest X-ray Database and Benchmarks on "
                    + "Weakly-Supervised Classification and Localization of Common Thorax Diseases. IEEE CVPR 2017."),
    /** HAM10000 (Tschandl et al., Sci Data 2018): {@code HAM10000_metadata.csv}. */
    HAM10000("ham10000", "ham", new Ham10000Importer(), "dermatology", "dermoscopy",
            "a photo of it taken through a dermatoscope", "dermoscopic image", Optional.of("CC-BY-NC-4.0"),
            "Tschandl P, Rosendahl C, Kittler H. The HAM10000 dataset, a large collection of multi-source "
                    + "dermatoscopic images of common pigmented skin lesions. Sci Data 5, 180161 (2018), "
                    + "doi:10.1038/sdata.2018.161; Harvard Dataverse doi:10.7910/DVN/DBW86T."),
    /**
     * ISIC Archive metadata in the HAM10000 form. Images of the archive come under different licences
     * (CC0, CC-BY, CC-BY-NC), so the user names the one of the images they use.
     */
    ISIC("isic", "isic", new Ham10000Importer(), "dermatology", "dermoscopy",
            "a photo of it taken through a dermatoscope", "dermoscopic image", Optional.empty(),
            "ISIC Archive (https://www.isic-archive.com).");

    private final String id;
    private final String casePrefix;
    private final LabelFileImporter importer;
    private final String specialty;
    private final String modality;
    private final String patientImageWords;
    private final String clinicianImageWords;
    private final Optional<String> license;
    private final String attribution;

    Dataset(String id, String casePrefix, LabelFileImporter importer, String specialty, String modality,
            String patientImageWords, String clinicianImageWords, Optional<String> license, String attribution) {
        this.id = id;
        this.casePrefix = casePrefix;
        this.importer = importer;
        this.specialty = specialty;
        this.modality = modality;
        this.patientImageWords = patientImageWords;
        this.clinicianImageWords = clinicianImageWords;
        this.license = license;
        this.attribution = attribution;
    }

    /** The dataset with this id, e.g. {@code chestxray14}. */
    public static Dataset byId(String id) {
        return Arrays.stream(values()).filter(dataset -> dataset.id.equals(id.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown dataset " + id + "; known: "
                        + Arrays.stream(values()).map(Dataset::id).collect(Collectors.joining(", "))));
    }

    /** The id used on the command line and in the data file names. */
    public String id() {
        return id;
    }

    /** The start of every case id generated from it. */
    String casePrefix() {
        return casePrefix;
    }

    LabelFileImporter importer() {
        return importer;
    }

    /** The knowledge file on the class path. */
    public String knowledgeResource() {
        return "imcbench/datasets/" + knowledgeId() + ".knowledge.json";
    }

    /** The profile tables on the class path. */
    public String profilesResource() {
        return "imcbench/datasets/" + knowledgeId() + ".profiles.json";
    }

    /** ISIC metadata uses the HAM10000 labels, so its knowledge and profiles. */
    private String knowledgeId() {
        return this == ISIC ? HAM10000.id : id;
    }

    /** The case's specialty (a JUnit tag). */
    public String specialty() {
        return specialty;
    }

    /** The case's modality (a JUnit tag). */
    public String modality() {
        return modality;
    }

    /** How a patient speaks of the image, e.g. {@code a chest X-ray}. */
    String patientImageWords() {
        return patientImageWords;
    }

    /** How a clinician speaks of the image, e.g. {@code chest radiograph}. */
    String clinicianImageWords() {
        return clinicianImageWords;
    }

    /** The licence every image of the dataset comes under, when the dataset has one. */
    public Optional<String> license() {
        return license;
    }

    /** The credit the dataset asks for; each image adds its file name. */
    public String attribution() {
        return attribution;
    }
}
