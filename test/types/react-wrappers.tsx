// Type test (issue 16 item 2): the @lit/react wrappers at no-wrong-door/react, typed props and event props.
import { FindSupport, LanguageCheck, QuickExit, SafetyPlan } from 'no-wrong-door/react';

export const page = (
  <>
    <QuickExit href="https://www.bbc.co.uk/weather" mode="assign" shortcut="esc2" onNwdExit={(e) => console.log(e.detail.href, e.detail.trigger)} />
    <FindSupport nation="scotland" variant="compact" headingLevel={3} services={[]} onNwdContact={(e) => console.log(e.detail.channel)} />
    <LanguageCheck audience="public" minSeverity="high" onNwdReview={(e) => console.log(e.detail.high)} onNwdSignpost={() => console.log('help offered')}>
      <textarea name="notes" />
    </LanguageCheck>
    <SafetyPlan nation="wales" discreet lockAfter={5} onNwdPlan={(e) => console.log(e.detail.type)} />
    {/* @ts-expect-error a misspelt nation is an error */}
    <SafetyPlan nation="wals" />
  </>
);
