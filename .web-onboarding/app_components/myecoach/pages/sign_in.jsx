
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useEffect} from "react"
import {Button as RadixThemesButton,Code as RadixThemesCode} from "@radix-ui/themes"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {addEvents} from "$/utils/context"








export const Bare_comp_54a33db77f524c96d1b423dd4e98fbea_2a0b006c = /*#__PURE__*/ (() => {
const Bare_comp_54a33db77f524c96d1b423dd4e98fbea_2a0b006c = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___sign_in____sign_in_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___sign_in____sign_in_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___sign_in____sign_in_state.error_rx_state_
    )
});
Bare_comp_54a33db77f524c96d1b423dd4e98fbea_2a0b006c.displayName = "Bare";
return Bare_comp_54a33db77f524c96d1b423dd4e98fbea_2a0b006c;
})();

export const Cond_comp_4d1e14e99814ae754e47654d038ebea8_2a0b006c = /*#__PURE__*/ (() => {
const Cond_comp_4d1e14e99814ae754e47654d038ebea8_2a0b006c = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___sign_in____sign_in_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___sign_in____sign_in_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___sign_in____sign_in_state.error_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4d1e14e99814ae754e47654d038ebea8_2a0b006c.displayName = "Cond";
return Cond_comp_4d1e14e99814ae754e47654d038ebea8_2a0b006c;
})();

export const Button_button_284c82591f12a48ea764457009788812_2a0b006c = /*#__PURE__*/ (() => {
const Button_button_284c82591f12a48ea764457009788812_2a0b006c = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___sign_in____sign_in_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___sign_in____sign_in_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), disabled:!(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___sign_in____sign_in_state.loaded_rx_state_), size:"3", type:"submit" }))},children)
    )
});
Button_button_284c82591f12a48ea764457009788812_2a0b006c.displayName = "Button";
return Button_button_284c82591f12a48ea764457009788812_2a0b006c;
})();

export const Form_root_1644eb122a6c7240d1c7f8c4225f7cab_2a0b006c = /*#__PURE__*/ (() => {
const Form_root_1644eb122a6c7240d1c7f8c4225f7cab_2a0b006c = memo(({children, ...rest}) => {
    
    const handleSubmit_18213c5d20fa550e18e4296db04078f4 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["email"] : getRefValue(refs["ref_email"]), ["password"] : getRefValue(refs["ref_password"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___sign_in____sign_in_state.sign_in", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_18213c5d20fa550e18e4296db04078f4 }))},children)
    )
});
Form_root_1644eb122a6c7240d1c7f8c4225f7cab_2a0b006c.displayName = "Form";
return Form_root_1644eb122a6c7240d1c7f8c4225f7cab_2a0b006c;
})();

export const Bare_comp_93bb2edd2fe90395c7c14aa917a1eaae_2a0b006c = /*#__PURE__*/ (() => {
const Bare_comp_93bb2edd2fe90395c7c14aa917a1eaae_2a0b006c = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___sign_in____sign_in_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___sign_in____sign_in_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___sign_in____sign_in_state.demo_password_rx_state_
    )
});
Bare_comp_93bb2edd2fe90395c7c14aa917a1eaae_2a0b006c.displayName = "Bare";
return Bare_comp_93bb2edd2fe90395c7c14aa917a1eaae_2a0b006c;
})();

export const Foreach_comp_303eb27e4c7a810f326c695e234df4f0_2a0b006c = /*#__PURE__*/ (() => {
const Foreach_comp_303eb27e4c7a810f326c695e234df4f0_2a0b006c = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___sign_in____sign_in_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___sign_in____sign_in_state")
    return(
        Array.prototype.map.call(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___sign_in____sign_in_state.demo_accounts_rx_state_ ?? [],((account_rx_state_,index_7dd9784036b0b60c209b5ba76c0d7fdd)=>(jsx("li",{key:index_7dd9784036b0b60c209b5ba76c0d7fdd},jsx(RadixThemesCode,{},account_rx_state_?.["email"])," \u2014 ",account_rx_state_?.["role"]))))
    )
});
Foreach_comp_303eb27e4c7a810f326c695e234df4f0_2a0b006c.displayName = "Foreach";
return Foreach_comp_303eb27e4c7a810f326c695e234df4f0_2a0b006c;
})();

export const Cond_comp_b487faa38915d3d9a7832ce2b59be7bd_2a0b006c = /*#__PURE__*/ (() => {
const Cond_comp_b487faa38915d3d9a7832ce2b59be7bd_2a0b006c = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___sign_in____sign_in_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___sign_in____sign_in_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___sign_in____sign_in_state.demo_accounts_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b487faa38915d3d9a7832ce2b59be7bd_2a0b006c.displayName = "Cond";
return Cond_comp_b487faa38915d3d9a7832ce2b59be7bd_2a0b006c;
})();
