/**
 * IMCBench cases: the case model, loading and checking case JSON files, and resolving case images
 * to verified bytes.
 *
 * <p>A case file is one JSON object (camelCase fields; unknown fields are errors):
 *
 * <pre>{@code
 * {
 *   "id": "derm-melanoma-001", "title": "...", "specialty": "dermatology", "modality": "dermoscopy",
 *   "tags": ["dermatology", "dermoscopy"], "malignant": true, "rare": false,
 *   "images": [{"uri": "https://...", "sha256": "<64 lower-case hex>", "mediaType": "image/jpeg",
 *               "license": "CC0-1.0", "attribution": "..."}],
 *   "patient": {"age": 55, "sex": "female", "history": [], "medications": [], "allergies": [],
 *               "vitals": {"BP": "128/80 mmHg"}, "labs": {}, "notes": "..."},
 *   "persona": {"description": "...", "hiddenFacts": [{"topic": "...", "cues": ["..."], "fact": "..."}]},
 *   "groundTruth": {"diagnosis": {"label": "melanoma", "patterns": ["melanoma"]},
 *                   "differentials": [], "requiredSafetyActions": [], "redFlags": [], "mustNotSay": []},
 *   "plan": {"type": "scripted", "turns": ["..."]}
 * }
 * }</pre>
 *
 * <p>or {@code "plan": {"type": "simulated", "opening": "...", "goal": "...", "maxTurns": 4}}.
 * Optional besides: {@code audience}, {@code urgency}, {@code language}; per image {@code role},
 * {@code shownAtTurn} and {@code rois}; scripted turns may be objects with {@code text},
 * {@code rois} and {@code zoom}. The JSON Schema {@code imcbench/schema/case.schema.json} holds the
 * format's rules; the loader validates every case against it (through
 * {@link org.imcbench.io.SchemaCheckedReader}) and checks by hand only references between fields.
 * Required: {@code id}, {@code title}, {@code images} (at least one, every field), {@code patient},
 * {@code groundTruth.diagnosis} and {@code plan}. {@link org.imcbench.cases.CaseLoader} reads them;
 * {@link org.imcbench.cases.ImageResolver} fetches and verifies their images;
 * {@link org.imcbench.cases.Validate} checks a folder from the command line.
 */
package org.imcbench.cases;
