/** The tool's version, shown in the summary and the JSON report. Kept in step with package.json by a test. */
export const VERSION = '0.1.0';
