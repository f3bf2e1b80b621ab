
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Button as RadixThemesButton,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {addEvents} from "$/utils/context"








export const Button_button_b0c984cc23296b2e4a256f72cdc954dd_bfb9288a = /*#__PURE__*/ (() => {
const Button_button_b0c984cc23296b2e4a256f72cdc954dd_bfb9288a = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____forgot_password_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___passwords____forgot_password_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), disabled:!(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____forgot_password_state.loaded_rx_state_), size:"3", type:"submit" }))},children)
    )
});
Button_button_b0c984cc23296b2e4a256f72cdc954dd_bfb9288a.displayName = "Button";
return Button_button_b0c984cc23296b2e4a256f72cdc954dd_bfb9288a;
})();

export const Form_root_aafdba8b187432eb40c1053197627f73_bfb9288a = /*#__PURE__*/ (() => {
const Form_root_aafdba8b187432eb40c1053197627f73_bfb9288a = memo(({children, ...rest}) => {
    
    const handleSubmit_cd7e63fa64ea79d8ec67ce5c4c80ee4e = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["email"] : getRefValue(refs["ref_email"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___passwords____forgot_password_state.request_reset", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (true) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_cd7e63fa64ea79d8ec67ce5c4c80ee4e }))},children)
    )
});
Form_root_aafdba8b187432eb40c1053197627f73_bfb9288a.displayName = "Form";
return Form_root_aafdba8b187432eb40c1053197627f73_bfb9288a;
})();

export const Bare_comp_322c0e085f8aff13e67edb2199f9c5af_bfb9288a = /*#__PURE__*/ (() => {
const Bare_comp_322c0e085f8aff13e67edb2199f9c5af_bfb9288a = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____forgot_password_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___passwords____forgot_password_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____forgot_password_state.answer_rx_state_
    )
});
Bare_comp_322c0e085f8aff13e67edb2199f9c5af_bfb9288a.displayName = "Bare";
return Bare_comp_322c0e085f8aff13e67edb2199f9c5af_bfb9288a;
})();

export const Cond_comp_f2dc7145001ba7e4b009687222509ab4_bfb9288a = /*#__PURE__*/ (() => {
const Cond_comp_f2dc7145001ba7e4b009687222509ab4_bfb9288a = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____forgot_password_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___passwords____forgot_password_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____forgot_password_state.answer_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f2dc7145001ba7e4b009687222509ab4_bfb9288a.displayName = "Cond";
return Cond_comp_f2dc7145001ba7e4b009687222509ab4_bfb9288a;
})();

export const Bare_comp_c8669bb97a33604c759cbf708c52c2f7_bfb9288a = /*#__PURE__*/ (() => {
const Bare_comp_c8669bb97a33604c759cbf708c52c2f7_bfb9288a = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____set_password_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___passwords____set_password_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____set_password_state.holder_rx_state_
    )
});
Bare_comp_c8669bb97a33604c759cbf708c52c2f7_bfb9288a.displayName = "Bare";
return Bare_comp_c8669bb97a33604c759cbf708c52c2f7_bfb9288a;
})();

export const Textfieldroot_textfield__root_bdb0bd1517e79e47d6b4e68f2a074a37_bfb9288a = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_bdb0bd1517e79e47d6b4e68f2a074a37_bfb9288a = memo(({children, ...rest}) => {
    const ref_password = useRef(null); refs["ref_password"] = ref_password;
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____set_password_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___passwords____set_password_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"password-error", "aria-invalid":(isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____set_password_state.errors_rx_state_?.["password"]) ? "true" : "false"), autoComplete:"new-password", css:({ ["width"] : "100%" }), id:"password", name:"password", ref:ref_password, size:"3", type:"password" }))},)
    )
});
Textfieldroot_textfield__root_bdb0bd1517e79e47d6b4e68f2a074a37_bfb9288a.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_bdb0bd1517e79e47d6b4e68f2a074a37_bfb9288a;
})();

export const Bare_comp_8cd1552a91065f0d743fb21a2df4a5b9_bfb9288a = /*#__PURE__*/ (() => {
const Bare_comp_8cd1552a91065f0d743fb21a2df4a5b9_bfb9288a = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____set_password_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___passwords____set_password_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____set_password_state.errors_rx_state_?.["password"]
    )
});
Bare_comp_8cd1552a91065f0d743fb21a2df4a5b9_bfb9288a.displayName = "Bare";
return Bare_comp_8cd1552a91065f0d743fb21a2df4a5b9_bfb9288a;
})();

export const Cond_comp_2e0ea1ee78c468cec9623bc2a8e0d2f0_bfb9288a = /*#__PURE__*/ (() => {
const Cond_comp_2e0ea1ee78c468cec9623bc2a8e0d2f0_bfb9288a = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____set_password_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___passwords____set_password_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____set_password_state.errors_rx_state_?.["password"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2e0ea1ee78c468cec9623bc2a8e0d2f0_bfb9288a.displayName = "Cond";
return Cond_comp_2e0ea1ee78c468cec9623bc2a8e0d2f0_bfb9288a;
})();

export const Textfieldroot_textfield__root_8dce4f2ce7dc573eba09bd66a688e261_bfb9288a = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_8dce4f2ce7dc573eba09bd66a688e261_bfb9288a = memo(({children, ...rest}) => {
    const ref_confirmation = useRef(null); refs["ref_confirmation"] = ref_confirmation;
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____set_password_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___passwords____set_password_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"confirmation-error", "aria-invalid":(isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____set_password_state.errors_rx_state_?.["confirmation"]) ? "true" : "false"), autoComplete:"new-password", css:({ ["width"] : "100%" }), id:"confirmation", name:"confirmation", ref:ref_confirmation, size:"3", type:"password" }))},)
    )
});
Textfieldroot_textfield__root_8dce4f2ce7dc573eba09bd66a688e261_bfb9288a.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_8dce4f2ce7dc573eba09bd66a688e261_bfb9288a;
})();

export const Bare_comp_68114a561bb8557a0c5fa6a2a2e3da67_bfb9288a = /*#__PURE__*/ (() => {
const Bare_comp_68114a561bb8557a0c5fa6a2a2e3da67_bfb9288a = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____set_password_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___passwords____set_password_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____set_password_state.errors_rx_state_?.["confirmation"]
    )
});
Bare_comp_68114a561bb8557a0c5fa6a2a2e3da67_bfb9288a.displayName = "Bare";
return Bare_comp_68114a561bb8557a0c5fa6a2a2e3da67_bfb9288a;
})();

export const Cond_comp_793c29e1104999be93510fc7af9084e9_bfb9288a = /*#__PURE__*/ (() => {
const Cond_comp_793c29e1104999be93510fc7af9084e9_bfb9288a = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____set_password_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___passwords____set_password_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____set_password_state.errors_rx_state_?.["confirmation"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_793c29e1104999be93510fc7af9084e9_bfb9288a.displayName = "Cond";
return Cond_comp_793c29e1104999be93510fc7af9084e9_bfb9288a;
})();

export const Form_root_f669ce3b6da8783298564829d80dd246_bfb9288a = /*#__PURE__*/ (() => {
const Form_root_f669ce3b6da8783298564829d80dd246_bfb9288a = memo(({children, ...rest}) => {
    
    const handleSubmit_426f66d69e6d0d785550cb49ffebe6ce = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["password"] : getRefValue(refs["ref_password"]), ["confirmation"] : getRefValue(refs["ref_confirmation"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___passwords____set_password_state.set_password", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_426f66d69e6d0d785550cb49ffebe6ce }))},children)
    )
});
Form_root_f669ce3b6da8783298564829d80dd246_bfb9288a.displayName = "Form";
return Form_root_f669ce3b6da8783298564829d80dd246_bfb9288a;
})();

export const Cond_comp_cec114bc1baba02c1cf865c132f1375d_bfb9288a = /*#__PURE__*/ (() => {
const Cond_comp_cec114bc1baba02c1cf865c132f1375d_bfb9288a = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____set_password_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___passwords____set_password_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____set_password_state.link_valid_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_cec114bc1baba02c1cf865c132f1375d_bfb9288a.displayName = "Cond";
return Cond_comp_cec114bc1baba02c1cf865c132f1375d_bfb9288a;
})();

export const Cond_comp_ab5e9e0ac060eea94228be9c3b2c452a_bfb9288a = /*#__PURE__*/ (() => {
const Cond_comp_ab5e9e0ac060eea94228be9c3b2c452a_bfb9288a = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____set_password_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___passwords____set_password_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___passwords____set_password_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ab5e9e0ac060eea94228be9c3b2c452a_bfb9288a.displayName = "Cond";
return Cond_comp_ab5e9e0ac060eea94228be9c3b2c452a_bfb9288a;
})();
