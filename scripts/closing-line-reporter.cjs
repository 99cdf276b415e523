// Prints one plain closing line, "N passed, N failed, N skipped", after jest's own summary, so
// CI tooling that reads the last line of a test run knows what ran.
class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped`;
    process.stdout.write(`\nTests: ${line}\n`);
  }
}
module.exports = ClosingLineReporter;
