import { RegisterEntryRoute } from '#app/components/registers/entry-page';
import { registerMeta } from '#app/components/registers/meta';
import { BOTTLENECK_REGISTER as register } from '#app/domain/register-definitions';
import { bottleneckStore } from '#app/models/bottlenecks.server';
import { registerEntryLoader } from '#app/registers/entry.server';

export const loader = registerEntryLoader(register, bottleneckStore);

export default function BottleneckPage() {
  return <RegisterEntryRoute register={register} />;
}

export const meta = registerMeta(register.texts.title);
