import { RegisterListPage } from '#app/components/registers/register-list';
import { registerMeta } from '#app/components/registers/meta';
import { BOTTLENECK_REGISTER as register } from '#app/domain/register-definitions';
import { bottleneckStore } from '#app/models/bottlenecks.server';
import { registerListLoader } from '#app/registers/list.server';

export const loader = registerListLoader(register, bottleneckStore);

export default function BottlenecksPage() {
  return <RegisterListPage register={register} />;
}

export const meta = registerMeta(register.texts.title);
