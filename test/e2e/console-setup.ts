/** A setup file of the browser tests: an unexpected console.error in the test process fails the test. */
import { failOnUnexpectedConsoleError } from '#test/console-guard';

failOnUnexpectedConsoleError();
