import { RegisterEditPage } from '#app/components/registers/register-form-pages';
import { registerMeta } from '#app/components/registers/meta';
import { BOTTLENECK_REGISTER as register } from '#app/domain/register-definitions';
import { bottleneckStore } from '#app/models/bottlenecks.server';
import { registerEditAction, registerEditLoader } from '#app/registers/form.server';

export const loader = registerEditLoader(register, bottleneckStore);
export const action = registerEditAction(register, bottleneckStore);

export default function EditBottleneckPage() {
  return <RegisterEditPage register={register} />;
}

export const meta = registerMeta(register.texts.editTitle);
