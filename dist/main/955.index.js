export const id = 955;
export const ids = [955];
export const modules = {

/***/ 7955:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cycloneDxJson: () => (/* binding */ cycloneDxJson)
/* harmony export */ });
/* unused harmony export PROPERTY */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6820);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(320);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1248);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4321);





/** Our property names (CycloneDX property taxonomy: a namespace of our own). */
const PROPERTY = {
    verified: 'go-module-warden:verified',
    verification: 'go-module-warden:verification',
    checksumStatus: 'go-module-warden:checksum-status',
    route: 'go-module-warden:route',
    zipH1: 'go-module-warden:go-sum:h1',
    goModH1: 'go-module-warden:go-sum:go.mod-h1',
    zipNote: 'go-module-warden:zip-sha256:absent',
    replace: 'go-module-warden:replace',
    licenseVerdict: 'go-module-warden:license-verdict',
    indirect: 'go-module-warden:indirect',
    mainModule: 'go-module-warden:main-module',
    graph: 'go-module-warden:dependency-graph',
    notCompiledIn: 'go-module-warden:not-compiled-in',
    vcsRevision: 'go-module-warden:vcs.revision',
    vcsModified: 'go-module-warden:vcs.modified',
};
/**
 * A CycloneDX 1.6 JSON document of the build list, built with @cyclonedx/cyclonedx-library's
 * models and serializer. The (first) main module is the metadata component; each other module is
 * a library component with its purl, the zip's SHA-256 when proven, the concluded license (an
 * expression, `acknowledgement: concluded`; what the files declare goes to evidence), and the
 * route and verification verdict as properties. Dependencies come from `go mod graph`.
 */
function cycloneDxJson(facts, serialNumber = `urn:uuid:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`) {
    const bom = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Bom({ serialNumber });
    bom.metadata.timestamp = new Date(facts.createdAt);
    bom.metadata.tools.components.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ComponentType.Application, facts.tool.name, { version: facts.tool.version }));
    if (facts.graphProblem)
        bom.metadata.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Property(PROPERTY.graph, `absent: ${facts.graphProblem}`));
    const components = new Map();
    for (const m of facts.modules) {
        const component = toComponent(m);
        components.set(m.ref, component);
        if (m.main && !bom.metadata.component)
            bom.metadata.component = component;
        else
            bom.components.add(component);
    }
    for (const m of facts.modules) {
        const component = components.get(m.ref);
        for (const dep of m.dependsOn) {
            const target = components.get(dep);
            if (target)
                component.dependencies.add(target.bomRef);
        }
    }
    const serializer = new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_3__.JsonSerializer(new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_3__.JSON.Normalize.Factory(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_4__.Spec1dot6));
    return serializer.serialize(bom, { sortLists: true, space: 2 }) + '\n';
}
function toComponent(m) {
    const component = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Component(m.main ? _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ComponentType.Application : _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ComponentType.Library, m.path, {
        bomRef: m.ref,
        version: m.version || undefined,
        purl: m.purl,
    });
    // Not compiled in (the license gate's scope): CycloneDX's "not part of the shipped artifact".
    if (m.excluded)
        component.scope = _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ComponentScope.Excluded;
    if (m.zipSha256)
        component.hashes.set(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.HashAlgorithm['SHA-256'], m.zipSha256);
    if (m.licenseConcluded) {
        const concluded = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.LicenseExpression(m.licenseConcluded);
        concluded.acknowledgement = _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.LicenseAcknowledgement.Concluded;
        component.licenses.add(concluded);
    }
    if (m.licenseDeclared) {
        const declared = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.LicenseExpression(m.licenseDeclared);
        declared.acknowledgement = _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.LicenseAcknowledgement.Declared;
        component.evidence = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.ComponentEvidence();
        component.evidence.licenses.add(declared);
    }
    const add = (name, value) => {
        if (value !== undefined)
            component.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Property(name, value));
    };
    if (!m.main) {
        add(PROPERTY.verified, String(m.verification.verified));
        add(PROPERTY.verification, m.verification.text);
        add(PROPERTY.checksumStatus, m.verification.status);
        add(PROPERTY.route, m.route);
        add(PROPERTY.indirect, String(m.indirect));
        add(PROPERTY.notCompiledIn, m.excluded);
    }
    else {
        add(PROPERTY.mainModule, 'true');
        add(PROPERTY.vcsRevision, m.vcs?.revision);
        add(PROPERTY.vcsModified, m.vcs ? String(m.vcs.modified) : undefined);
    }
    add(PROPERTY.zipH1, m.zipH1);
    add(PROPERTY.goModH1, m.goModH1);
    add(PROPERTY.zipNote, m.zipNote);
    add(PROPERTY.replace, m.replace);
    add(PROPERTY.licenseVerdict, m.licenseVerdict);
    return component;
}


/***/ })

};
