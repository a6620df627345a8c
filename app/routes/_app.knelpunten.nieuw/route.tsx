import { RegisterNewPage } from '#app/components/registers/register-form-pages';
import { registerMeta } from '#app/components/registers/meta';
import { BOTTLENECK_REGISTER as register } from '#app/domain/register-definitions';
import { bottleneckStore } from '#app/models/bottlenecks.server';
import { registerNewAction, registerNewLoader } from '#app/registers/form.server';

export const loader = registerNewLoader(register, bottleneckStore);
export const action = registerNewAction(register, bottleneckStore);

export default function NewBottleneckPage() {
  return <RegisterNewPage register={register} />;
}

export const meta = registerMeta(register.texts.createTitle);
