import { useActionData, useLoaderData } from '@remix-run/react';
import type { SubmissionResult } from '@conform-to/react';
import type { z } from 'zod';
import type { Lang } from '#app/domain/lang';
import type { RegisterDefinition } from '#app/domain/register-definitions';
import { REGISTER_SCHEMAS } from '#app/domain/registers';
import { registers } from '#app/i18n/registers';
import { useT } from '#app/i18n/use-t';
import { fieldResult, StaleSummary } from './form-fields';
import { RegisterForm, type RegisterFormDefaults } from './register-form';

type FormData = {
  regions: { id: number; name: string }[];
  links: { id: number; title: string; regionName: string }[];
  defaultValue: RegisterFormDefaults;
};
type EditData = FormData & { statuses: string[] } & Record<string, unknown>;
type WriteReply = { result: SubmissionResult<string[]>; stale?: boolean };
type Schema = (lang: Lang) => z.ZodType<Record<string, unknown>, Record<string, unknown>>;

/** The page of a new entry (the loader and action: registerNewLoader, registerNewAction). */
export function RegisterNewPage({ register }: { register: RegisterDefinition }) {
  const { regions, links, defaultValue } = useLoaderData() as FormData;
  const actionData = useActionData() as WriteReply | undefined;
  const t = useT(registers);
  return (
    <>
      <h1>{t(register.texts.createTitle)}</h1>
      <RegisterForm
        id={register.formId}
        fieldList={register.fields}
        schema={REGISTER_SCHEMAS[register.entity] as unknown as Schema}
        regions={regions}
        links={links}
        statuses={register.statuses}
        defaultValue={defaultValue}
        lastResult={fieldResult(actionData)}
        cancelHref={register.href}
      />
    </>
  );
}

/** The edit page of an entry (registerEditLoader, registerEditAction): a 409 shows above the form. */
export function RegisterEditPage({ register }: { register: RegisterDefinition }) {
  const data = useLoaderData() as EditData;
  const entry = data[register.keys.entry] as { id: number; title: string; version: number };
  const actionData = useActionData() as WriteReply | undefined;
  const t = useT(registers);
  return (
    <>
      <h1>{t(register.texts.editTitle)}</h1>
      <p>{entry.title}</p>
      <StaleSummary actionData={actionData} />
      <RegisterForm
        id={register.formId}
        fieldList={register.fields}
        schema={REGISTER_SCHEMAS[register.entity] as unknown as Schema}
        key={entry.version}
        regions={data.regions}
        links={data.links}
        statuses={data.statuses}
        defaultValue={data.defaultValue}
        lastResult={fieldResult(actionData)}
        cancelHref={`${register.href}/${entry.id}`}
      />
    </>
  );
}
