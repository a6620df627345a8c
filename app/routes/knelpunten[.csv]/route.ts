import { BOTTLENECK_REGISTER } from '#app/domain/register-definitions';
import { bottleneckStore } from '#app/models/bottlenecks.server';
import { registerCsvLoader } from '#app/registers/list.server';

/** The register as CSV, with the filters of the list page; its columns follow the field list. */
export const loader = registerCsvLoader(BOTTLENECK_REGISTER, bottleneckStore);
