import { EXPERIMENT_REGISTER } from '#app/domain/register-definitions';
import { experimentStore } from '#app/models/experiments.server';
import { registerCsvLoader } from '#app/registers/list.server';

/** The register as CSV, with the filters of the list page; its columns follow the field list. */
export const loader = registerCsvLoader(EXPERIMENT_REGISTER, experimentStore);
